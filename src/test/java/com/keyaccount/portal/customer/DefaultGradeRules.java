package com.keyaccount.portal.customer;

import static com.keyaccount.portal.customer.PaymentRating.FAIR;
import static com.keyaccount.portal.customer.PaymentRating.GOOD;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The documented default rules seeded by {@code V3_8_3__customer_grades.sql} (design-decisions.md, section 10). */
final class DefaultGradeRules {

    static final List<GradeThresholdRow> GRADE = List.of(
            rule("C", "200000", null, null, "5", Set.of()),
            rule("A1", "500000", null, null, null, Set.of(GOOD)),
            rule("A2", "200000", "300000", null, null, Set.of(GOOD, FAIR)),
            rule("A2", "300000", null, null, null, Set.of(GOOD, FAIR)),
            rule("B1", "50000", "100000", null, null, Set.of()),
            rule("B1", "100000", null, null, null, Set.of()),
            rule("D", null, "50000", "20", null, Set.of()),
            rule("B2", "20000", null, null, null, Set.of()),
            rule("C", null, null, null, null, Set.of()));

    static final List<GradeThresholdRow> RATING = List.of(
            rule("AAA", "1000000", null, null, null, Set.of(GOOD)),
            rule("AA", "300000", null, null, null, Set.of()),
            rule("A", "50000", null, null, null, Set.of()),
            rule("B", null, null, null, null, Set.of()));

    private DefaultGradeRules() {
    }

    static GradeThresholdRow rule(String grade, String minAmount, String maxAmount, String minMargin, String maxMargin,
            Set<PaymentRating> payment) {
        return new GradeThresholdRow(grade, decimal(minAmount), decimal(maxAmount), decimal(minMargin),
                decimal(maxMargin), payment);
    }

    /** Rules as text with figures at their plain value, to compare stored rules (scale 2) with these. */
    static List<String> describe(List<GradeThresholdRow> rules) {
        return rules.stream().map(rule -> String.join(" ", rule.grade(), plain(rule.minAmount()),
                plain(rule.maxAmount()), plain(rule.minMargin()), plain(rule.maxMargin()),
                rule.paymentRatings().stream().sorted().map(Enum::name).toList().toString())).toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
