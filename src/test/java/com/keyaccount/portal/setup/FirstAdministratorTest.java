package com.keyaccount.portal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.TestConfig;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EmptyOrgInitializer;
import com.keyaccount.portal.security.PortalUser;
import com.keyaccount.portal.security.Role;
import com.keyaccount.portal.security.SystemAuthentication;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** A production start on an empty database, without demo data: the company and one administrator who can log in. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-first-start;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;TIME ZONE=UTC",
        "portal.demo-data.enabled=false",
        "portal.setup.company-name=华东贸易有限公司",
        "portal.setup.admin-username=itadmin",
        "portal.setup.admin-password=First#Start2026"})
@ActiveProfiles("test")
@Import(TestConfig.class)
class FirstAdministratorTest {

    @Autowired
    DepartmentService departments;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    EmptyOrgInitializer initializer;

    @Test
    void anEmptyDatabaseGetsTheCompanyAndOneAdministratorWhoCanLogIn() {
        assertThat(SystemAuthentication.call(departments::findAll)).singleElement().satisfies(company -> {
            assertThat(company.name()).isEqualTo("华东贸易有限公司");
            assertThat(company.memberCount()).isEqualTo(1);
        });
        var login = authentication.authenticate(
                new UsernamePasswordAuthenticationToken("itadmin", "First#Start2026"));
        assertThat(((PortalUser) login.getPrincipal()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aSecondStartChangesNothing() throws Exception {
        FirstAdministrator again = new FirstAdministrator(departments, null, initializer, Clock.systemUTC(),
                ZoneId.of("Asia/Shanghai"), "另一家公司", "other", "Other#Start2026");
        again.run(null);
        assertThat(SystemAuthentication.call(departments::findAll)).extracting(DepartmentSummary::name)
                .containsExactly("华东贸易有限公司");
    }
}
