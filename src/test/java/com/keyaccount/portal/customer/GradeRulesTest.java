package com.keyaccount.portal.customer;

import static com.keyaccount.portal.customer.PaymentRating.FAIR;
import static com.keyaccount.portal.customer.PaymentRating.GOOD;
import static com.keyaccount.portal.customer.PaymentRating.POOR;
import static com.keyaccount.portal.customer.PaymentRating.VERY_BAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every band of 001 一篇 第3条 and 002 三 under the default rules, every gap default, the boundaries and C/D precedence. */
class GradeRulesTest {

    private final GradeRules rules = new GradeRules(DefaultGradeRules.GRADE, DefaultGradeRules.RATING);

    /** Sales amount, margin in percent (gross profit = amount × margin / 100), payment record. */
    private static GradeInputs inputs(String amount, String marginPercent, PaymentRating payment) {
        BigDecimal sales = new BigDecimal(amount);
        BigDecimal profit = sales.multiply(new BigDecimal(marginPercent)).movePointLeft(2);
        return new GradeInputs(sales, profit, payment, null);
    }

    @ParameterizedTest(name = "{0} CNY, margin {1} %, payment {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        // A一级: 50万元以上, 回款信誉好; the lower bound counts
        "500000.00, 10, GOOD, A1", "499999.99, 10, GOOD, A2", "2000000, 10, GOOD, A1",
        // ≥ 500,000 with a fairly good record falls to A2, with a poor one to B1
        "800000, 10, FAIR, A2", "800000, 10, POOR, B1", "800000, 10, -, B1",
        // A二级: 20万–30万, 回款信誉较好 (GOOD or FAIR); 200,000 counts, 300,000 starts the gap rule (still A2)
        "200000.00, 10, GOOD, A2", "200000, 10, FAIR, A2", "299999.99, 10, FAIR, A2", "300000, 10, FAIR, A2",
        "199999.99, 10, GOOD, B1",
        // gap 300,000–500,000: A2 with GOOD/FAIR, else B1
        "400000, 10, GOOD, A2", "400000, 10, VERY_BAD, B1", "400000, 10, -, B1",
        // B一级: 5万–10万; gap 10万–20万: B1
        "50000.00, 10, -, B1", "99999.99, 10, -, B1", "100000, 10, -, B1", "150000, 10, POOR, B1",
        // B二级: 2万–5万
        "20000.00, 10, -, B2", "49999.99, 10, GOOD, B2", "19999.99, 10, GOOD, C",
        // gap under 20,000: D with a high margin, else C
        "5000, 20, -, D", "5000, 19.99, -, C", "0.01, 10, GOOD, C",
        // D类: small volume (< 50,000), margin ≥ 20 %: before B2
        "30000, 25, -, D", "49999.99, 20, -, D", "50000, 40, -, B1",
        // C类: large volume (≥ 200,000) with a margin < 5 %: before A1
        "600000, 4.99, GOOD, C", "600000, 5, GOOD, A1", "200000, 0, GOOD, C", "199999.99, 1, GOOD, B1",
        "300000, -10, GOOD, C"
    })
    void theGradeFollowsTheDocumentedRules(String amount, String margin, PaymentRating payment, Grade expected) {
        assertThat(rules.grade(inputs(amount, margin, payment))).contains(expected);
    }

    @ParameterizedTest(name = "{0} CNY, payment {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        "1000000.00, GOOD, AAA", "999999.99, GOOD, AA", "5000000, FAIR, AA", "300000, -, AA", "299999.99, GOOD, A",
        "50000, POOR, A", "49999.99, GOOD, B", "1, -, B"
    })
    void theRatingFollowsTheDocumentedDefaults(String amount, PaymentRating payment, Rating expected) {
        assertThat(rules.rating(inputs(amount, "10", payment))).contains(expected);
    }

    @Test
    void aCustomerWithoutSalesGetsNoGradeInEitherScheme() {
        GradeInputs none = new GradeInputs(BigDecimal.ZERO, BigDecimal.ZERO, GOOD, GOOD);
        assertThat(rules.grade(none)).isEmpty();
        assertThat(rules.rating(none)).isEmpty();
        assertThat(rules.grade(new GradeInputs(null, null, null, null))).isEmpty();
    }

    @Test
    void thePaymentRecordIsTheWorseOfPaymentAndCollectionStatus() {
        assertThat(new GradeInputs(BigDecimal.ONE, BigDecimal.ZERO, GOOD, FAIR).paymentRecord()).contains(FAIR);
        assertThat(new GradeInputs(BigDecimal.ONE, BigDecimal.ZERO, VERY_BAD, GOOD).paymentRecord()).contains(VERY_BAD);
        assertThat(new GradeInputs(BigDecimal.ONE, BigDecimal.ZERO, null, POOR).paymentRecord()).contains(POOR);
        assertThat(new GradeInputs(BigDecimal.ONE, BigDecimal.ZERO, null, null).paymentRecord()).isEmpty();
        GradeInputs goodButSlowCollection = new GradeInputs(new BigDecimal("600000"), new BigDecimal("60000"), GOOD,
                FAIR);
        assertThat(rules.grade(goodButSlowCollection)).contains(Grade.A2);
    }

    @Test
    void marginsAreComparedExactlyNotRounded() {
        // 4.999 % rounds to 5.00 % for display, but is below the 5 % bound
        GradeInputs justBelow = new GradeInputs(new BigDecimal("1000000.00"), new BigDecimal("49990.00"), GOOD, null);
        assertThat(justBelow.marginPercent()).isEqualByComparingTo("5.00");
        assertThat(rules.grade(justBelow)).contains(Grade.C);
    }

    @Test
    void theWindowIsTheTwelveFullMonthsBeforeTheCurrentOne() {
        assertThat(GradeRules.windowStart(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(GradeRules.windowEnd(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(GradeRules.windowStart(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void theDefaultRulesAreValid() {
        GradeRules.validate(GradeScheme.GRADE, DefaultGradeRules.GRADE);
        GradeRules.validate(GradeScheme.RATING, DefaultGradeRules.RATING);
    }

    @Test
    void editedRulesThatLeaveGapsOrCannotMatchAreRefused() {
        assertThatThrownBy(() -> GradeRules.validate(GradeScheme.GRADE, List.of()))
                .isInstanceOf(BusinessException.class).hasMessage("customer.grades.rules.count");
        assertRefused(GradeScheme.GRADE, 0, rule("AAA", null, null, null, null), "customer.grades.rules.grade");
        assertRefused(GradeScheme.GRADE, 4, rule("B1", "100000", "50000", null, null),
                "customer.grades.rules.amountRange");
        assertRefused(GradeScheme.GRADE, 4, rule("B1", "50000", "50000", null, null),
                "customer.grades.rules.amountRange");
        assertRefused(GradeScheme.GRADE, 0, rule("C", null, null, "5", "5"), "customer.grades.rules.marginRange");
        assertRefused(GradeScheme.GRADE, 1, rule("A1", "-1", null, null, null), "customer.grades.rules.figure");
        assertRefused(GradeScheme.GRADE, 1, rule("A1", "0.001", null, null, null), "customer.grades.rules.figure");
        assertRefused(GradeScheme.GRADE, 1, rule("A1", null, null, null, null), "customer.grades.rules.hidesLater");
        assertRefused(GradeScheme.RATING, 3, rule("B", "1", null, null, null), "customer.grades.rules.lastOpen");
    }

    private static GradeThresholdRow rule(String grade, String minAmount, String maxAmount, String minMargin,
            String maxMargin) {
        return DefaultGradeRules.rule(grade, minAmount, maxAmount, minMargin, maxMargin, Set.of());
    }

    /** The default rules of the scheme with one rule replaced are refused with the key. */
    private static void assertRefused(GradeScheme scheme, int index, GradeThresholdRow row, String key) {
        List<GradeThresholdRow> rows = new ArrayList<>(scheme == GradeScheme.GRADE ? DefaultGradeRules.GRADE
                : DefaultGradeRules.RATING);
        rows.set(index, row);
        assertThatThrownBy(() -> GradeRules.validate(scheme, rows)).isInstanceOf(BusinessException.class)
                .hasMessage(key);
    }
}
