package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds from a total score to its {@link ResultLevel} (结果 of the 000 述职考评表, 评分等级 of
 * 大客户经理季度综合考评表). The source gives none (RULES 7.7), so {@link #defaults()} is the portal's choice, editable per
 * template: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 70, 及格 ≥ 60, below that 不及格. Each threshold is the lowest score of its level,
 * so they must descend strictly ({@link TemplateValidator}).
 *
 * @param excellent    lowest score of 优秀
 * @param good         lowest score of 良好
 * @param average      lowest score of 一般
 * @param pass         lowest score of 及格; below it 不及格
 * @param defaultValue true while these are the portal's defaults
 */
public record LevelScale(BigDecimal excellent, BigDecimal good, BigDecimal average, BigDecimal pass,
        boolean defaultValue) {

    public LevelScale {
        Objects.requireNonNull(excellent, "excellent");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(pass, "pass");
    }

    /** 90 / 80 / 70 / 60, flagged as defaults. */
    public static LevelScale defaults() {
        return new LevelScale(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("60"),
                true);
    }

    /** The level of a score: the best level whose threshold the score reaches. */
    public ResultLevel levelOf(BigDecimal score) {
        if (score.compareTo(excellent) >= 0) {
            return ResultLevel.EXCELLENT;
        }
        if (score.compareTo(good) >= 0) {
            return ResultLevel.GOOD;
        }
        if (score.compareTo(average) >= 0) {
            return ResultLevel.AVERAGE;
        }
        return score.compareTo(pass) >= 0 ? ResultLevel.PASS : ResultLevel.FAIL;
    }

    /** Whether 优秀 &gt; 良好 &gt; 一般 &gt; 及格, strictly. */
    public boolean isDescending() {
        return excellent.compareTo(good) > 0 && good.compareTo(average) > 0 && average.compareTo(pass) > 0;
    }
}
