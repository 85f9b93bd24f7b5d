package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final UserAccount account = new UserAccount(1L, "zhangwei", "{noop}x", Set.of(Role.EMPLOYEE), NOW);

    @Test
    void locksAtTheFifthFailureForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(account.registerFailedLogin(NOW, 5, LOCK)).isFalse();
        }
        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.registerFailedLogin(NOW, 5, LOCK)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(LOCK))).isFalse();
    }

    @Test
    void failuresAfterTheLockExpiredStartCountingAgain() {
        for (int i = 0; i < 5; i++) {
            account.registerFailedLogin(NOW, 5, LOCK);
        }
        Instant later = NOW.plus(Duration.ofMinutes(20));
        assertThat(account.registerFailedLogin(later, 5, LOCK)).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.isLockedAt(later)).isFalse();
    }

    @Test
    void successfulLoginResetsTheCount() {
        account.registerFailedLogin(NOW, 5, LOCK);
        account.registerFailedLogin(NOW, 5, LOCK);
        account.registerSuccessfulLogin();
        assertThat(account.getFailedAttempts()).isZero();
    }

    @Test
    void passwordResetUnlocks() {
        for (int i = 0; i < 5; i++) {
            account.registerFailedLogin(NOW, 5, LOCK);
        }
        account.changePassword("{noop}y", NOW);
        assertThat(account.isLockedAt(NOW)).isFalse();
    }
}
