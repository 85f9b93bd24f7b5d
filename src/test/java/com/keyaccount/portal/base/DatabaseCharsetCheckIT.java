package com.keyaccount.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.keyaccount.portal.AbstractIntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The start-up check that the schema is utf8mb4: it passes on the test databases and names what is not. */
class DatabaseCharsetCheckIT extends AbstractIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;

    @Test
    void theMigratedSchemaIsUtf8mb4Throughout() throws SQLException {
        assertThat(problems()).isEmpty();
        if (database().equals("mariadb")) {
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = "
                    + "database() and table_collation like 'utf8mb4%'", Integer.class)).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void aLatin1TableIsNamed() throws SQLException {
        assumeTrue(database().equals("mariadb"), "H2 has no character sets to check");
        jdbc.execute("create table charset_probe (name varchar(20)) character set latin1");
        try {
            assertThat(problems()).anySatisfy(problem -> assertThat(problem).contains("charset_probe", "latin1"));
        } finally {
            jdbc.execute("drop table charset_probe");
        }
    }

    @Test
    void migratingOntoALatin1TableFailsAsStartUpWould() {
        assumeTrue(database().equals("mariadb"), "H2 has no character sets to check");
        jdbc.execute("create table charset_probe (name varchar(20)) character set latin1");
        try {
            assertThatThrownBy(flyway::migrate).hasStackTraceContaining("utf8mb4")
                    .hasStackTraceContaining("table charset_probe in latin1");
        } finally {
            jdbc.execute("drop table charset_probe");
        }
    }

    @Test
    void theCheckRunsAfterEveryMigration() {
        assertThat(flyway.getConfiguration().getCallbacks()).hasAtLeastOneElementOfType(DatabaseCharsetCheck.class);
    }

    @Test
    void aUtf8mb3ColumnInAUtf8mb4TableIsNamed() throws SQLException {
        assumeTrue(database().equals("mariadb"), "H2 has no character sets to check");
        jdbc.execute("create table charset_probe (name varchar(20) character set utf8mb3) character set utf8mb4");
        try {
            assertThat(problems()).containsExactly("column charset_probe.name in utf8mb3");
        } finally {
            jdbc.execute("drop table charset_probe");
        }
    }

    @Test
    void aDatabaseDefaultOtherThanUtf8mb4IsNamed() throws SQLException {
        assumeTrue(database().equals("mariadb"), "H2 has no character sets to check");
        String schema = jdbc.queryForObject("select database()", String.class);
        jdbc.execute("alter database `" + schema + "` character set latin1");
        try {
            assertThat(problems()).containsExactly("database default character set latin1");
        } finally {
            jdbc.execute("alter database `" + schema + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    private List<String> problems() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseCharsetCheck.problems(connection);
        }
    }
}
