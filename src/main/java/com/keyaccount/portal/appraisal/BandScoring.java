package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Scoring a {@link BandedIndicator} of the 000 evaluation tables (能力素质指标评价参照标准, 员工态度协作指标评价标准,
 * 大客户经理管理协作指标评价标准, 大客户经理管理绩效评定表): the reviewer picks a band (超出目标 / 达到目标 / 接近目标 / 远低于目标)
 * and a score inside that band's range, both ends included, at most {@value #SCORE_SCALE} decimal places.
 */
public final class BandScoring {

    /** Decimal places of a band score and of a section average. */
    public static final int SCORE_SCALE = 2;

    private BandScoring() {
    }

    /** What is wrong with the entry; empty when it may be saved. */
    public static List<AppraisalProblem> check(BandedIndicator indicator, BandLevel chosen, BigDecimal score) {
        if (chosen == null || score == null) {
            return List.of(AppraisalProblem.of("appraisal.score.bandMissing", indicator.name().zh()));
        }
        Optional<Band> band = indicator.band(chosen);
        if (band.isEmpty()) {
            return List.of(AppraisalProblem.of("appraisal.score.bandMissing", indicator.name().zh()));
        }
        if (score.stripTrailingZeros().scale() > SCORE_SCALE) {
            return List.of(AppraisalProblem.of("appraisal.score.precision", indicator.name().zh(), score,
                    SCORE_SCALE));
        }
        ScoreRange range = band.get().range();
        if (!range.contains(score)) {
            return List.of(AppraisalProblem.of("appraisal.score.outsideBand", indicator.name().zh(), score,
                    range.min(), range.max()));
        }
        return List.of();
    }

    /** The score at scale 2, or the refusal of the first problem {@link #check} finds. */
    public static BigDecimal requireValid(BandedIndicator indicator, BandLevel chosen, BigDecimal score) {
        List<AppraisalProblem> problems = check(indicator, chosen, score);
        if (!problems.isEmpty()) {
            throw problems.getFirst().toException();
        }
        return score.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
    }

    /** The band whose range holds the score, to preselect it when the reviewer types a score first. */
    public static Optional<BandLevel> bandOf(BandedIndicator indicator, BigDecimal score) {
        return indicator.bands().stream().filter(band -> band.range().contains(score)).map(Band::level).findFirst();
    }

    /** The mean of a section's indicator scores (its 得分), scale 2, HALF_UP; refused when there are none. */
    public static BigDecimal average(Collection<BigDecimal> scores) {
        if (scores.isEmpty()) {
            throw AppraisalProblem.of("appraisal.score.noScores").toException();
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), SCORE_SCALE, RoundingMode.HALF_UP);
    }
}
