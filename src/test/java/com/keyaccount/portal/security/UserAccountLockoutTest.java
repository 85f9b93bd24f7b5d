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
    void aSuccessfulLoginForgivesTheFailuresBeforeIt() {
        for (int i = 0; i < 2; i++) {
            assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.GRANTED);
            account.failReservedLogin(NOW, 5, LOCK);
        }
        assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.GRANTED);
        account.succeedReservedLogin();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getPendingLogins()).isZero();
    }

    @Test
    void attemptsUnderWayCountSoTheSixthParallelGuessIsRefusedAndLocks() {
        for (int i = 0; i < 5; i++) {
            assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.GRANTED);
        }
        assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.REFUSED_AND_LOCKED);
        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.REFUSED);
    }

    @Test
    void aSuccessNeverLiftsALockSetWhileItWasUnderWay() {
        assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.GRANTED);
        for (int i = 0; i < 4; i++) {
            account.reserveLogin(NOW, 5, LOCK);
        }
        assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.REFUSED_AND_LOCKED);
        account.succeedReservedLogin();
        assertThat(account.isLockedAt(NOW)).isTrue();
    }

    @Test
    void aSuccessKeepsTheAttemptsOthersReservedMeanwhile() {
        account.reserveLogin(NOW, 5, LOCK);
        for (int i = 0; i < 4; i++) {
            account.reserveLogin(NOW, 5, LOCK);
        }
        account.succeedReservedLogin();
        assertThat(account.getPendingLogins()).isEqualTo(4);
        assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.GRANTED);
        assertThat(account.reserveLogin(NOW, 5, LOCK)).isEqualTo(LoginReservation.REFUSED_AND_LOCKED);
    }

    @Test
    void theFifthReservedFailureLocks() {
        for (int i = 0; i < 5; i++) {
            account.reserveLogin(NOW, 5, LOCK);
        }
        for (int i = 1; i <= 4; i++) {
            assertThat(account.failReservedLogin(NOW, 5, LOCK)).isFalse();
        }
        assertThat(account.failReservedLogin(NOW, 5, LOCK)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.getPendingLogins()).isZero();
    }

    @Test
    void aPersonWhoLeftReturnsOnlyTheReservation() {
        account.reserveLogin(NOW, 5, LOCK);
        account.failReservedLogin(NOW, 5, LOCK);
        account.reserveLogin(NOW, 5, LOCK);
        account.releaseReservedLogin();
        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.getPendingLogins()).isZero();
    }

    @Test
    void anExpiredLockIsLiftedByTheNextAttempt() {
        for (int i = 0; i < 6; i++) {
            account.reserveLogin(NOW, 5, LOCK);
        }
        assertThat(account.reserveLogin(NOW.plus(LOCK), 5, LOCK)).isEqualTo(LoginReservation.GRANTED);
        assertThat(account.getPendingLogins()).isEqualTo(1);
    }

    @Test
    void anAdministratorsUnlockClearsEverything() {
        for (int i = 0; i < 6; i++) {
            account.reserveLogin(NOW, 5, LOCK);
        }
        account.unlock();
        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getPendingLogins()).isZero();
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
