package com.keyaccount.portal.appraisal;

import static com.keyaccount.portal.appraisal.AppraisalFixtures.linearKpi;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.steppedKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 完成率 scale 4 HALF_UP, 得分 scale 2 HALF_UP (KpiScoring's rules). */
class KpiScoringTest {

    private static final KpiItem SALES = linearKpi("销售额", "40", false);
    private static final KpiItem EXPENSE_RATIO = linearKpi("销售费用率", "20", true);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void completionRateIsActualOverTargetAtScaleFourRoundedHalfUp() {
        assertThat(KpiScoring.completionRate(SALES, d("300000"), d("200000"))).isEqualTo(d("0.6667"));
        assertThat(KpiScoring.completionRate(SALES, d("8"), d("1"))).isEqualTo(d("0.1250"));
        assertThat(KpiScoring.completionRate(SALES, d("3"), d("2"))).isEqualTo(d("0.6667"));
    }

    @Test
    void rateAboveTheCapIsShownAsComputed() {
        assertThat(KpiScoring.completionRate(SALES, d("100"), d("135"))).isEqualTo(d("1.3500"));
    }

    @Test
    void lowerIsBetterRateIsTargetOverActual() {
        assertThat(KpiScoring.completionRate(EXPENSE_RATIO, d("5"), d("4"))).isEqualTo(d("1.2500"));
        assertThat(KpiScoring.completionRate(EXPENSE_RATIO, d("5"), d("8"))).isEqualTo(d("0.6250"));
    }

    @Test
    void lowerIsBetterWithNothingSpentEarnsTheCap() {
        assertThat(KpiScoring.completionRate(EXPENSE_RATIO, d("5"), d("0"))).isEqualTo(d("1.2000"));
    }

    @ParameterizedTest
    @CsvSource({"0, 1.0000", "5, 1.2000", "-2, 0.0000"})
    void zeroTargetHigherIsBetterIsMetAtZeroAndCappedAbove(String actual, String rate) {
        assertThat(KpiScoring.completionRate(SALES, BigDecimal.ZERO, d(actual))).isEqualTo(d(rate));
    }

    @ParameterizedTest
    @CsvSource({"0, 1.2000", "0.5, 0.0000"})
    void zeroTargetLowerIsBetterIsCappedAtZeroAndNothingAbove(String actual, String rate) {
        assertThat(KpiScoring.completionRate(EXPENSE_RATIO, BigDecimal.ZERO, d(actual))).isEqualTo(d(rate));
    }

    @Test
    void negativeTargetIsRefused() {
        assertThatThrownBy(() -> KpiScoring.completionRate(SALES, d("-1"), d("1")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("appraisal.kpi.negativeTarget");
    }

    @Test
    void negativeActualOfALowerIsBetterKpiIsRefused() {
        assertThatThrownBy(() -> KpiScoring.completionRate(EXPENSE_RATIO, d("5"), d("-1")))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("appraisal.kpi.negativeActual");
    }

    @Test
    void missingTargetOrActualIsRefusedNamingTheIndicator() {
        assertThatThrownBy(() -> KpiScoring.evaluate(SALES, null, d("1")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("appraisal.kpi.targetMissing");
                    assertThat(e.arguments()).containsExactly("销售额");
                });
        assertThatThrownBy(() -> KpiScoring.evaluate(SALES, d("1"), null))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("appraisal.kpi.actualMissing");
    }

    @Test
    void linearScoreIsWeightTimesRateAtScaleTwo() {
        assertThat(KpiScoring.score(SALES, d("0.6667"))).isEqualTo(d("26.67"));
        assertThat(KpiScoring.score(SALES, d("1.0000"))).isEqualTo(d("40.00"));
        // 40 × 0.8889 = 35.556 → 35.56
        assertThat(KpiScoring.score(SALES, d("0.8889"))).isEqualTo(d("35.56"));
    }

    @Test
    void linearScoreStopsAtTheCap() {
        assertThat(KpiScoring.score(SALES, d("1.3500"))).isEqualTo(d("48.00"));
    }

    @Test
    void negativeRateScoresZero() {
        assertThat(KpiScoring.score(SALES, d("-0.2000"))).isEqualTo(d("0.00"));
    }

    @ParameterizedTest
    @CsvSource({"0.5999, 0.00", "0.6000, 5.00", "0.8999, 5.00", "0.9000, 8.00", "1.0000, 10.00", "1.0999, 10.00",
        "1.5000, 11.00"})
    void bandedByRateScoresTheStepTheRateReaches(String rate, String score) {
        assertThat(KpiScoring.score(steppedKpi("上市进度", "10"), d(rate))).isEqualTo(d(score));
    }

    @Test
    void evaluateRoundsTheRateOnceSoRateAndScoreAgree() {
        KpiScoring.KpiResult result = KpiScoring.evaluate(linearKpi("新客户", "15", false), d("3"), d("2"));
        assertThat(result.rate()).isEqualTo(d("0.6667"));
        assertThat(result.score()).isEqualTo(d("10.00")); // 15 × 0.6667 = 10.0005 → 10.00
        assertThat(result.target()).isEqualTo(d("3"));
        assertThat(result.actual()).isEqualTo(d("2"));
    }

    @Test
    void annualRowScoresOnlyTheYearEndResult() {
        KpiScoring.AnnualKpiResult row = KpiScoring.evaluateAnnual(SALES, d("1000"), d("480"), d("1100"));
        assertThat(row.halfYearActual()).isEqualTo(d("480"));
        assertThat(row.halfYearRate()).isEqualTo(d("0.4800"));
        assertThat(row.yearEnd().rate()).isEqualTo(d("1.1000"));
        assertThat(row.yearEnd().score()).isEqualTo(d("44.00"));
    }

    @Test
    void annualRowWithoutResultsYetHasNoRateAndNoScore() {
        KpiScoring.AnnualKpiResult row = KpiScoring.evaluateAnnual(SALES, d("1000"), null, null);
        assertThat(row.halfYearRate()).isNull();
        assertThat(row.yearEnd()).isNull();
        KpiScoring.AnnualKpiResult midYear = KpiScoring.evaluateAnnual(SALES, d("1000"), d("500"), null);
        assertThat(midYear.halfYearRate()).isEqualTo(d("0.5000"));
        assertThat(midYear.yearEnd()).isNull();
    }

    @Test
    void sectionTotalSumsTheScores() {
        List<KpiScoring.KpiResult> rows = List.of(KpiScoring.evaluate(SALES, d("100"), d("90")),
                KpiScoring.evaluate(EXPENSE_RATIO, d("5"), d("4")));
        assertThat(KpiScoring.total(rows)).isEqualTo(d("60.00")); // 36.00 + 24.00 (capped at 1.20)
    }
}
