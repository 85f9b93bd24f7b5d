package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileScoresTest {

    private static final ProfileScores DEFAULTS = ProfileScores.defaults();
    private static final LocalDate QUARTER_END = LocalDate.of(2025, 3, 31);

    @Test
    void defaultTablesAreFlaggedAsDefaultsAndScoreEveryEducationLevel() {
        assertThat(DEFAULTS.defaultValue()).isTrue();
        assertThat(DEFAULTS.education()).containsOnlyKeys(EducationLevel.values());
    }

    @ParameterizedTest
    @CsvSource({"HIGH_SCHOOL_OR_BELOW, 60", "JUNIOR_COLLEGE, 70", "BACHELOR, 80", "MASTER, 90", "DOCTORATE, 100"})
    void educationScoreComesFromTheTable(EducationLevel level, String points) {
        assertThat(DEFAULTS.educationScore(level)).isEqualByComparingTo(points);
    }

    @Test
    void missingEducationIsRefused() {
        assertThatThrownBy(() -> DEFAULTS.educationScore(null))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("appraisal.profile.educationMissing");
    }

    @Test
    void educationLevelMissingFromAnEditedTableIsRefused() {
        ProfileScores edited = new ProfileScores(Map.of(EducationLevel.BACHELOR, BigDecimal.TEN),
                DEFAULTS.seniority(), false);
        assertThatThrownBy(() -> edited.educationScore(EducationLevel.MASTER))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("appraisal.profile.educationUnscored");
                    assertThat(e.arguments()).containsExactly("MASTER");
                });
    }

    @ParameterizedTest
    @CsvSource({"2025-01-15, 0", "2024-04-01, 0", "2024-03-31, 1", "2022-04-01, 2", "2022-03-31, 3",
        "2015-03-31, 10", "2026-01-01, 0"})
    void yearsOfServiceCountFullYearsToThePeriodEnd(LocalDate hired, int years) {
        assertThat(ProfileScores.yearsOfService(hired, QUARTER_END)).isEqualTo(years);
    }

    @ParameterizedTest
    @CsvSource({"2025-01-15, 60", "2024-03-31, 70", "2022-04-01, 70", "2022-03-31, 80", "2020-03-31, 90",
        "2015-04-01, 90", "2015-03-31, 100", "1990-01-01, 100"})
    void seniorityScoreComesFromTheBracketReached(LocalDate hired, String points) {
        assertThat(DEFAULTS.seniorityScore(hired, QUARTER_END)).isEqualByComparingTo(points);
    }

    @Test
    void missingHireDateIsRefused() {
        assertThatThrownBy(() -> DEFAULTS.seniorityScore(null, QUARTER_END))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("appraisal.profile.hireDateMissing");
    }

    @Test
    void bracketsNotStartingAtZeroLeaveNewcomersUnscored() {
        ProfileScores edited = new ProfileScores(DEFAULTS.education(),
                List.of(new ProfileScores.SeniorityBracket(2, BigDecimal.TEN)), false);
        assertThatThrownBy(() -> edited.seniorityScore(LocalDate.of(2024, 6, 1), QUARTER_END))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("appraisal.profile.seniorityUnscored");
                    assertThat(e.arguments()).containsExactly("0");
                });
    }
}
