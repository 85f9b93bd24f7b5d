package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LevelScaleTest {

    @ParameterizedTest
    @CsvSource({"100, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, AVERAGE", "70, AVERAGE",
        "69.99, PASS", "60, PASS", "59.99, FAIL", "0, FAIL", "120, EXCELLENT"})
    void defaultThresholdsAreTheLowestScoreOfEachLevel(String score, ResultLevel level) {
        assertThat(LevelScale.defaults().levelOf(new BigDecimal(score))).isEqualTo(level);
    }

    @Test
    void editedThresholdsApply() {
        LevelScale strict = new LevelScale(new BigDecimal("95"), new BigDecimal("85"), new BigDecimal("75"),
                new BigDecimal("65"), false);
        assertThat(strict.levelOf(new BigDecimal("92"))).isEqualTo(ResultLevel.GOOD);
        assertThat(strict.levelOf(new BigDecimal("64.99"))).isEqualTo(ResultLevel.FAIL);
        assertThat(strict.isDescending()).isTrue();
    }

    @Test
    void thresholdsMustFallStrictly() {
        assertThat(LevelScale.defaults().isDescending()).isTrue();
        assertThat(LevelScale.defaults().defaultValue()).isTrue();
        assertThat(new LevelScale(new BigDecimal("90"), new BigDecimal("90"), new BigDecimal("70"),
                new BigDecimal("60"), false).isDescending()).isFalse();
        assertThat(new LevelScale(new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("80"),
                new BigDecimal("60"), false).isDescending()).isFalse();
    }
}
