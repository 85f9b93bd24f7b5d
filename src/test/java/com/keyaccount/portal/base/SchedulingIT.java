package com.keyaccount.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.security.SystemAuthentication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scheduled jobs lock through the {@code shedlock} table on H2 and MariaDB and run as the system actor. */
class SchedulingIT extends AbstractIntegrationTest {

    @Autowired
    LockProvider locks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LockedProbeJob probe;

    @Test
    void theLockProviderTakesALockOnceAndAgainAfterItIsReleased() {
        LockConfiguration config = new LockConfiguration(Instant.now(), "test.provider", Duration.ofMinutes(5),
                Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).as("first lock").isPresent();
        assertThat(locks.lock(config)).as("a second node while the first holds it").isEmpty();
        assertThat(lockUntil("test.provider")).as("held for lockAtMostFor, in UTC")
                .isCloseTo(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(5), within(1, ChronoUnit.MINUTES));

        first.get().unlock();
        assertThat(lockUntil("test.provider")).as("released")
                .isBefore(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(30));
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).as("taken again after release").isPresent();
        again.get().unlock();
    }

    @Test
    void aJobWrittenAsDocumentedRunsAsTheSystemUnderItsLock() {
        probe.run();

        assertThat(probe.ranAs()).isEqualTo(SystemAuthentication.SYSTEM_ACTOR);
        assertThat(probe.lockHeld()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                LockedProbeJob.NAME)).isEqualTo(1);
    }

    private LocalDateTime lockUntil(String name) {
        return jdbc.queryForObject("select lock_until from shedlock where name = ?",
                (row, n) -> row.getObject(1, LocalDateTime.class), name);
    }
}
