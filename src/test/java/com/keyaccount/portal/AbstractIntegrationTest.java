package com.keyaccount.portal;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every {@code *IT}: one application context on a random port, shared by all integration tests of a run.
 * Failsafe runs them twice — on embedded H2 and on the real MariaDB ({@code portal.test.database}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestConfig.class)
public abstract class AbstractIntegrationTest {

    @Autowired
    protected TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected static String database() {
        return System.getProperty("portal.test.database", "h2");
    }
}
