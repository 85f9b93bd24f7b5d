package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The total and result of a form without a composite, from its section scores: the 考评结果 / 结果 of the 000 forms whose
 * sections carry "()" weights (区域经理季度述职考评表, 区域经理月度考核表, 后台管理人员考核 …) or that are one table
 * (能力素质指标评价参照标准, 销售经理年度考核表 综合得分). A section's own score comes from its items: the sum of its KPI scores
 * ({@link KpiScoring#total}), the mean of its indicator or department scores ({@link BandScoring#average}) or the
 * reviewer's score of a text section. Forms with a composite are scored by {@link CompositeScoring}.
 * <ul>
 * <li>weighted sections: total = Σ weight ÷ 100 × section score over the weighted sections;</li>
 * <li>no weighted section: total = the score of the template's only section ({@link TemplateValidator} refuses several
 * unweighted sections without a composite).</li>
 * </ul>
 * Rounded once, scale {@value #SCORE_SCALE}, {@link RoundingMode#HALF_UP}; the level from the template's
 * {@link LevelScale}.
 */
public final class TemplateScoring {

    /** Decimal places of a form's total. */
    public static final int SCORE_SCALE = 2;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private TemplateScoring() {
    }

    /**
     * A form's total and level.
     *
     * @param total the total, scale 2
     * @param level 结果
     */
    public record TemplateResult(BigDecimal total, ResultLevel level) {
    }

    /** The total and level; refused when a section needed has no score. */
    public static TemplateResult score(TemplateDefinition template, Map<String, BigDecimal> sectionScores) {
        if (template.items().anyMatch(Composite.class::isInstance)) {
            throw new IllegalArgumentException(template.code() + " has a composite: score it with CompositeScoring");
        }
        List<SectionDefinition> weighted = template.sections().stream().filter(s -> s.weight() != null).toList();
        BigDecimal sum = BigDecimal.ZERO;
        if (weighted.isEmpty()) {
            sum = scoreOf(template.sections().getFirst(), sectionScores);
        }
        for (SectionDefinition section : weighted) {
            sum = sum.add(section.weight().percent().multiply(scoreOf(section, sectionScores)).divide(HUNDRED));
        }
        BigDecimal total = sum.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
        return new TemplateResult(total, template.levels().levelOf(total));
    }

    private static BigDecimal scoreOf(SectionDefinition section, Map<String, BigDecimal> sectionScores) {
        BigDecimal score = sectionScores.get(section.code());
        if (score == null) {
            throw AppraisalProblem.of("appraisal.composite.partScoreMissing", section.title().zh()).toException();
        }
        return score;
    }
}
