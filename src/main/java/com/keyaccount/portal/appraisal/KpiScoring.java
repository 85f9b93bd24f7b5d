package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Scores a {@link KpiItem} of 000 销售经理年度考核表 and the monthly forms (区域经理月度考核表, 销售代表月度考核表: 目标量, 实际量,
 * 完成率, 得分). The source names the columns but gives no formula (RULES 7.6 gap); the portal's rules:
 * <ul>
 * <li>完成率 = actual ÷ target, or target ÷ actual when lower is better (销售费用率, 新客户开发成本); scale
 * {@value #RATE_SCALE}, {@link RoundingMode#HALF_UP}. The rate is shown as computed, so 135 % reads 1.3500; only the
 * score is capped.</li>
 * <li>A rate that would be infinite is the item's cap: actual 0 when lower is better (no cost at all), any positive
 * actual against a zero target when higher is better.</li>
 * <li>Zero target: higher is better → 1.0000 for actual 0 (met exactly), the cap above 0, 0 below 0. Lower is better
 * → the cap for actual 0 (met, with nothing spent), 0 above 0 (any cost exceeds a target of none).</li>
 * <li>Refused: a negative target (the ratio would turn its meaning around), a negative actual when lower is better,
 * a missing target or actual.</li>
 * <li>得分 = weight × factor, factor = min(rate, cap) (LINEAR) or the step the rate reaches (BANDED_BY_RATE); never
 * below 0 (a shrinking 销售额增长率 earns nothing); scale {@value #SCORE_SCALE}, HALF_UP.</li>
 * </ul>
 * Rates are rounded once, before scoring, so the printed rate and the score agree.
 */
public final class KpiScoring {

    /** Decimal places of a completion rate (1.0500 = 105.00 %). */
    public static final int RATE_SCALE = 4;
    /** Decimal places of a score. */
    public static final int SCORE_SCALE = 2;

    private KpiScoring() {
    }

    /**
     * One KPI's figures and result.
     *
     * @param target the target (目标量/目标值)
     * @param actual the actual (实际量)
     * @param rate   完成率, scale 4
     * @param score  得分, scale 2
     */
    public record KpiResult(BigDecimal target, BigDecimal actual, BigDecimal rate, BigDecimal score) {
    }

    /**
     * The annual form's figures (销售经理年度考核表: 半年期结果, 年终结果, 年终得分): the half-year result is shown with its
     * progress rate against the year's target but not scored; only the year-end result is.
     *
     * @param halfYearActual 半年期结果; null when not yet known
     * @param halfYearRate   the half-year result against the year's target; null with it
     * @param yearEnd        年终结果 and 年终得分; null when not yet known
     */
    public record AnnualKpiResult(BigDecimal halfYearActual, BigDecimal halfYearRate, KpiResult yearEnd) {
    }

    /** The completion rate and the score of one KPI. */
    public static KpiResult evaluate(KpiItem item, BigDecimal target, BigDecimal actual) {
        BigDecimal rate = completionRate(item, target, actual);
        return new KpiResult(target, actual, rate, score(item, rate));
    }

    /** The annual form's row: both results optional, the score from the year-end result. */
    public static AnnualKpiResult evaluateAnnual(KpiItem item, BigDecimal target, BigDecimal halfYearActual,
            BigDecimal yearEndActual) {
        BigDecimal halfYearRate = halfYearActual == null ? null : completionRate(item, target, halfYearActual);
        KpiResult yearEnd = yearEndActual == null ? null : evaluate(item, target, yearEndActual);
        return new AnnualKpiResult(halfYearActual, halfYearRate, yearEnd);
    }

    /** 完成率, scale 4, HALF_UP, by the rules in the class comment. */
    public static BigDecimal completionRate(KpiItem item, BigDecimal target, BigDecimal actual) {
        if (target == null) {
            throw AppraisalProblem.of("appraisal.kpi.targetMissing", item.name().zh()).toException();
        }
        if (actual == null) {
            throw AppraisalProblem.of("appraisal.kpi.actualMissing", item.name().zh()).toException();
        }
        if (target.signum() < 0) {
            throw AppraisalProblem.of("appraisal.kpi.negativeTarget", item.name().zh(), target).toException();
        }
        BigDecimal cap = item.cap().setScale(RATE_SCALE, RoundingMode.HALF_UP);
        if (item.lowerIsBetter()) {
            if (actual.signum() < 0) {
                throw AppraisalProblem.of("appraisal.kpi.negativeActual", item.name().zh(), actual).toException();
            }
            if (actual.signum() == 0) {
                return cap;
            }
            return target.divide(actual, RATE_SCALE, RoundingMode.HALF_UP);
        }
        if (target.signum() == 0) {
            return switch (actual.signum()) {
                case 1 -> cap;
                case 0 -> BigDecimal.ONE.setScale(RATE_SCALE);
                default -> BigDecimal.ZERO.setScale(RATE_SCALE);
            };
        }
        return actual.divide(target, RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** 得分 for a completion rate, scale 2, HALF_UP, never below 0. */
    public static BigDecimal score(KpiItem item, BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        BigDecimal factor = switch (item.formula()) {
            case KpiFormula.Linear linear -> rate.min(item.cap());
            case KpiFormula.BandedByRate banded -> banded.steps().stream()
                    .filter(step -> rate.compareTo(step.minRate()) >= 0)
                    .map(KpiFormula.RateStep::factor)
                    .reduce(BigDecimal.ZERO, BigDecimal::max);
        };
        BigDecimal score = item.weight().percent().multiply(factor.max(BigDecimal.ZERO));
        return score.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
    }

    /** A section's KPI total (e.g. 销售经理年度考核表 综合得分 as the sum of 年终得分), scale 2. */
    public static BigDecimal total(Iterable<KpiResult> results) {
        BigDecimal total = BigDecimal.ZERO;
        for (KpiResult result : results) {
            total = total.add(result.score());
        }
        return total.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
    }
}
