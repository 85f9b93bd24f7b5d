package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalaryGradeRuleTest {

    private static final SalaryGradeRule DEFAULTS = SalaryGradeRule.defaults();

    @ParameterizedTest
    @CsvSource({"EXCELLENT, 1, 8", "GOOD, 0, 7", "AVERAGE, 0, 7", "PASS, 0, 7", "FAIL, -1, 6"})
    void defaultRuleRaisesExcellentAndLowersFail(ResultLevel level, int change, int grade) {
        SalaryGradeRule.SalaryGradeChange suggestion = DEFAULTS.suggest(level, null, 7);
        assertThat(suggestion.change()).isEqualTo(change);
        assertThat(suggestion.suggestedGrade()).isEqualTo(grade);
    }

    @Test
    void defaultRuleIsFlaggedAndBoundedOneToTwenty() {
        assertThat(DEFAULTS.defaultValue()).isTrue();
        assertThat(DEFAULTS.minGrade()).isEqualTo(1);
        assertThat(DEFAULTS.maxGrade()).isEqualTo(20);
    }

    @Test
    void suggestionStaysWithinTheGrades() {
        assertThat(DEFAULTS.suggest(ResultLevel.EXCELLENT, null, 20))
                .isEqualTo(new SalaryGradeRule.SalaryGradeChange(0, 20));
        assertThat(DEFAULTS.suggest(ResultLevel.FAIL, ResultLevel.FAIL, 1))
                .isEqualTo(new SalaryGradeRule.SalaryGradeChange(0, 1));
    }

    @Test
    void withoutARecordedGradeOnlyTheChangeIsSuggested() {
        assertThat(DEFAULTS.suggest(ResultLevel.EXCELLENT, ResultLevel.GOOD, null))
                .isEqualTo(new SalaryGradeRule.SalaryGradeChange(1, null));
    }

    @Test
    void repeatedLevelUsesItsOwnStepWhenTheDesignerSetOne() {
        SalaryGradeRule rule = new SalaryGradeRule(Map.of(ResultLevel.EXCELLENT, 1, ResultLevel.FAIL, -1),
                Map.of(ResultLevel.PASS, -1, ResultLevel.EXCELLENT, 2), 1, 20, false);
        assertThat(rule.suggest(ResultLevel.PASS, ResultLevel.GOOD, 10).change()).isZero();
        assertThat(rule.suggest(ResultLevel.PASS, ResultLevel.PASS, 10).change()).isEqualTo(-1);
        assertThat(rule.suggest(ResultLevel.EXCELLENT, ResultLevel.EXCELLENT, 10).suggestedGrade()).isEqualTo(12);
        assertThat(rule.suggest(ResultLevel.FAIL, ResultLevel.FAIL, 10).change()).isEqualTo(-1);
    }
}
