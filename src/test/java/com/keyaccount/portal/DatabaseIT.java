package com.keyaccount.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFilter;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmployeeSummary;
import com.keyaccount.portal.org.OrgTestData;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same migrations on H2 and MariaDB, and the same behaviour: Chinese text (including characters outside the
 * BMP) round-trips, moments are stored as UTC even when the JVM runs in another time zone.
 */
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
    @Autowired
    AuditService audit;
    @PersistenceContext
    EntityManager entities;

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
    void everyMigrationIsApplied() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        Set<String> scripts = Arrays.stream(files).map(Resource::getFilename).collect(Collectors.toSet());
        List<Map<String, Object>> history = jdbc.query(
                "select script, success from flyway_schema_history where version is not null",
                (row, n) -> Map.of("script", row.getString("script"), "success", row.getBoolean("success")));

        assertThat(scripts).contains("V1__foundation.sql", "V2_1__base_shedlock.sql");
        assertThat(history).as("one successful row per script").hasSize(scripts.size())
                .allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        assertThat(history).extracting(row -> row.get("script")).containsExactlyInAnyOrderElementsOf(scripts);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).allSatisfy(info -> assertThat(info.getState().isFailed()).isFalse());
    }

    @Test
    void theDemoDataIsLoadedAfterTheMigrations() {
        assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from employee", Integer.class)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theJvmRunsInTheTimeZoneTheExecutionAsksFor() {
        // the H2 execution runs at Asia/Shanghai, so that an H2 session time zone left to the JVM's shows up here
        String expected = System.getProperty("portal.test.time-zone");
        if (expected != null) {
            assertThat(TimeZone.getDefault().getID()).isEqualTo(expected);
        }
    }

    @Test
    void momentsAreStoredAsUtcWhateverTheJvmTimeZone() {
        String marker = "tz-" + System.nanoTime();
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        demo.run(DemoUsers.ADMIN, () -> audit.record("test.timeZone", "Probe", marker, AuditDetail.of("test.timeZone")));
        LocalDateTime after = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(1);

        LocalDateTime stored = jdbc.queryForObject("select occurred_at from audit_event where entity_id = ?",
                (row, n) -> row.getObject(1, LocalDateTime.class), marker);
        Instant readBack = entities.createQuery("select e.occurredAt from AuditEvent e where e.entityId = :id",
                Instant.class).setParameter("id", marker).getSingleResult();

        assertThat(stored).as("the raw DATETIME is UTC wall-clock time").isBetween(before, after);
        assertThat(readBack).isEqualTo(stored.toInstant(ZoneOffset.UTC));
    }

    @Test
    void datesAreStoredAsTheCalendarDateWhateverTheJvmTimeZone() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("日期测试", demo.as(DemoUsers.ADMIN, () -> org.department("KA1").id()));
        draft.setHireDate(LocalDate.of(2026, 1, 1));
        demo.run(DemoUsers.ADMIN, () -> employees.create(draft));

        LocalDate stored = jdbc.queryForObject("select hire_date from employee where employee_no = ?",
                (row, n) -> row.getObject(1, LocalDate.class), draft.getEmployeeNo());
        assertThat(stored).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(
                org.employee(draft.getEmployeeNo()).id())).getHireDate()).isEqualTo(LocalDate.of(2026, 1, 1));
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
