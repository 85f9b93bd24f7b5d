package com.keyaccount.portal;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Shared by every Spring test: a movable clock, and a database emptied and migrated anew for each test run. */
@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /** The MariaDB test database outlives a run; start every run from an empty schema and the demo data. */
    @Bean
    FlywayMigrationStrategy cleanMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
