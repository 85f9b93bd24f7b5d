package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * One rule of a grade scheme ({@link GradeRules}): the grade it gives when all its conditions hold. Amounts are CNY
 * over twelve months, the lower bound inclusive and the upper one exclusive; margins are percent of the sales amount,
 * likewise; {@code paymentRatings} are the accepted payment records (empty: any, also unknown). A null bound is no
 * condition.
 */
public record GradeThresholdRow(String grade, BigDecimal minAmount, BigDecimal maxAmount, BigDecimal minMargin,
        BigDecimal maxMargin, Set<PaymentRating> paymentRatings) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public GradeThresholdRow {
        paymentRatings = paymentRatings == null || paymentRatings.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(paymentRatings));
    }

    /** A rule without conditions: it matches every customer with sales. */
    public boolean unconditional() {
        return minAmount == null && maxAmount == null && minMargin == null && maxMargin == null
                && paymentRatings.isEmpty();
    }

    /** Whether every condition holds; margins are compared exactly (profit × 100 against bound × amount). */
    public boolean matches(GradeInputs inputs) {
        BigDecimal amount = inputs.annualSales();
        if (minAmount != null && amount.compareTo(minAmount) < 0
                || maxAmount != null && amount.compareTo(maxAmount) >= 0) {
            return false;
        }
        if (minMargin != null || maxMargin != null) {
            if (!inputs.hasSales()) {
                return false;
            }
            BigDecimal profit = inputs.grossProfit().multiply(HUNDRED);
            if (minMargin != null && profit.compareTo(minMargin.multiply(amount)) < 0
                    || maxMargin != null && profit.compareTo(maxMargin.multiply(amount)) >= 0) {
                return false;
            }
        }
        return paymentRatings.isEmpty() || inputs.paymentRecord().filter(paymentRatings::contains).isPresent();
    }
}
