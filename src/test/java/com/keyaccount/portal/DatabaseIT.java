package com.keyaccount.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFilter;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmployeeSummary;
import com.keyaccount.portal.org.OrgTestData;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same migrations on H2 and MariaDB; Chinese text (including characters outside the BMP) round-trips. */
class DatabaseIT extends AbstractIntegrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmployeeService employees;
    @Autowired
    OrgTestData org;
    @Autowired
    DemoUsers demo;

    @Test
    void runsOnTheDatabaseThisExecutionIsFor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String version = connection.getMetaData().getDatabaseProductVersion();
            if (database().equals("mariadb")) {
                assertThat(product + " " + version).containsIgnoringCase("mariadb");
            } else {
                assertThat(product).isEqualTo("H2");
            }
        }
    }

    @Test
    void everyMigrationIsApplied() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(info -> assertThat(info.getState().isApplied()).isTrue());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from employee", Integer.class)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void chineseNamesRoundTripThroughServiceAndDatabase() {
        String name = "𠮷田·龘靐";
        EmployeeDraft draft = EmployeeFixtures.newEmployee(name, demo.as(DemoUsers.ADMIN, () -> org.department("KA1").id()));
        draft.setPositionTitle("华东区大客户经理（重庆、长沙）");
        demo.run(DemoUsers.ADMIN, () -> employees.create(draft));

        EmployeeSummary found = demo.as(DemoUsers.ADMIN, () -> employees.find(new EmployeeFilter("龘靐", null, null),
                PageRequest.of(0, 5)).getFirst());
        assertThat(found.displayName()).isEqualTo(name);
        assertThat(found.positionTitle()).isEqualTo("华东区大客户经理（重庆、长沙）");
        assertThat(jdbc.queryForObject("select display_name from employee where employee_no = ?", String.class,
                draft.getEmployeeNo())).isEqualTo(name);
    }

    @Test
    void demoDataHasTheDepartmentsOfTheCompany() {
        assertThat(jdbc.queryForList("select name from department", String.class)).contains(
                "宏达商贸有限公司", "大客户部", "大客户一组", "大客户二组", "销售部", "客户服务部", "行政部", "企划部",
                "物流部", "财务部");
    }
}
