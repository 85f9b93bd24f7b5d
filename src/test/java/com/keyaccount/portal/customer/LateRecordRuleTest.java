package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 當天更新 (004 第二章 三): which records are late. */
class LateRecordRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void aVisitRecordedOnItsDayIsNotLate() {
        assertThat(LateRecordRule.isLate(FollowUpKind.VISIT, DAY, DAY, 0)).isFalse();
    }

    @Test
    void aVisitRecordedTheNextDayIsLate() {
        assertThat(LateRecordRule.isLate(FollowUpKind.VISIT, DAY, DAY.plusDays(1), 0)).isTrue();
    }

    @Test
    void aReceptionRecordedLaterIsLateToo() {
        assertThat(LateRecordRule.isLate(FollowUpKind.RECEPTION, DAY, DAY.plusDays(3), 0)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = FollowUpKind.class, names = {"CALL", "LETTER", "FAX", "EMAIL", "MEETING"})
    void otherKindsAreNeverLate(FollowUpKind kind) {
        assertThat(LateRecordRule.isLate(kind, DAY, DAY.plusDays(30), 0)).isFalse();
    }

    @Test
    void aGraceOfOneDayAcceptsTheNextDayButNotTheOneAfter() {
        assertThat(LateRecordRule.isLate(FollowUpKind.VISIT, DAY, DAY.plusDays(1), 1)).isFalse();
        assertThat(LateRecordRule.isLate(FollowUpKind.VISIT, DAY, DAY.plusDays(2), 1)).isTrue();
    }

    @Test
    void aNegativeGraceIsAConfigurationError() {
        assertThatThrownBy(() -> LateRecordRule.isLate(FollowUpKind.VISIT, DAY, DAY, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
