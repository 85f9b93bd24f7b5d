package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The optional distribution rule of a cycle (e.g. at most 20 % 优秀), checked before approval: the share of 优秀 among
 * the scored forms, to two decimals, HALF_UP. A warning, not a refusal: the department head may approve anyway after
 * confirming.
 */
public final class DistributionRule {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DistributionRule() {
    }

    /**
     * The rule is exceeded.
     *
     * @param excellent  forms at 优秀
     * @param scored     forms with a level
     * @param percent    the share of 优秀 in percent, scale 2
     * @param maxPercent the rule's maximum
     */
    public record Warning(long excellent, long scored, BigDecimal percent, BigDecimal maxPercent) {
    }

    /** The warning when the results break the cycle's rule; empty without a rule or within it. */
    public static Optional<Warning> check(CycleResults results) {
        BigDecimal max = results.maxExcellentPercent();
        long scored = results.rows().stream().filter(row -> row.level() != null).count();
        if (max == null || scored == 0) {
            return Optional.empty();
        }
        long excellent = results.distribution().get(ResultLevel.EXCELLENT);
        BigDecimal percent = BigDecimal.valueOf(excellent).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        return percent.compareTo(max) > 0 ? Optional.of(new Warning(excellent, scored, percent, max))
                : Optional.empty();
    }
}
