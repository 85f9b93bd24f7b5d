package com.keyaccount.portal.appraisal;

import static com.keyaccount.portal.appraisal.AppraisalFixtures.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandScoringTest {

    private static final BandedIndicator TEAMWORK = indicator("团队合作");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest
    @CsvSource({"EXCEEDS, 90", "EXCEEDS, 100", "MEETS, 75", "MEETS, 89", "MEETS, 80.5", "APPROACHES, 60",
        "FAR_BELOW, 0", "FAR_BELOW, 59"})
    void scoreInsideTheChosenBandIsAccepted(BandLevel band, String score) {
        assertThat(BandScoring.check(TEAMWORK, band, d(score))).isEmpty();
    }

    @Test
    void scoreOutsideTheChosenBandIsRefusedWithTheRange() {
        assertThat(BandScoring.check(TEAMWORK, BandLevel.MEETS, d("92")))
                .containsExactly(new AppraisalProblem("appraisal.score.outsideBand", List.of("团队合作", "92", "75", "89")));
        assertThat(BandScoring.check(TEAMWORK, BandLevel.EXCEEDS, d("89.99")))
                .extracting(AppraisalProblem::key).containsExactly("appraisal.score.outsideBand");
    }

    @Test
    void missingBandOrScoreIsRefused() {
        assertThat(BandScoring.check(TEAMWORK, null, d("80"))).extracting(AppraisalProblem::key)
                .containsExactly("appraisal.score.bandMissing");
        assertThat(BandScoring.check(TEAMWORK, BandLevel.MEETS, null)).extracting(AppraisalProblem::key)
                .containsExactly("appraisal.score.bandMissing");
    }

    @Test
    void bandTheIndicatorDoesNotHaveIsRefused() {
        BandedIndicator threeBands = indicator("x", TEAMWORK.bands().subList(0, 3));
        assertThat(BandScoring.check(threeBands, BandLevel.FAR_BELOW, d("10"))).extracting(AppraisalProblem::key)
                .containsExactly("appraisal.score.bandMissing");
    }

    @Test
    void scoreWithMoreThanTwoDecimalsIsRefused() {
        assertThat(BandScoring.check(TEAMWORK, BandLevel.MEETS, d("80.125"))).extracting(AppraisalProblem::key)
                .containsExactly("appraisal.score.precision");
        assertThat(BandScoring.check(TEAMWORK, BandLevel.MEETS, d("80.100"))).isEmpty();
    }

    @Test
    void requireValidReturnsTheScoreAtScaleTwoOrThrowsTheProblem() {
        assertThat(BandScoring.requireValid(TEAMWORK, BandLevel.MEETS, d("80"))).isEqualTo(d("80.00"));
        assertThatThrownBy(() -> BandScoring.requireValid(TEAMWORK, BandLevel.FAR_BELOW, d("60")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("appraisal.score.outsideBand");
                    assertThat(e.arguments()).containsExactly("团队合作", "60", "0", "59");
                });
    }

    @Test
    void bandOfAScoreFindsItsRangeOrNoneInAGap() {
        assertThat(BandScoring.bandOf(TEAMWORK, d("95"))).contains(BandLevel.EXCEEDS);
        assertThat(BandScoring.bandOf(TEAMWORK, d("74"))).contains(BandLevel.APPROACHES);
        assertThat(BandScoring.bandOf(TEAMWORK, d("89.5"))).isEmpty();
    }

    @Test
    void sectionAverageIsRoundedHalfUpAtScaleTwo() {
        assertThat(BandScoring.average(List.of(d("90"), d("80"), d("75")))).isEqualTo(d("81.67"));
        assertThat(BandScoring.average(List.of(d("80.125"), d("80")))).isEqualTo(d("80.06"));
        assertThatThrownBy(() -> BandScoring.average(List.of()))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("appraisal.score.noScores");
    }
}
