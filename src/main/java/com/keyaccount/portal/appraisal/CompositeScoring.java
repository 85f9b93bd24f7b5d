package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 综合得分 of 000 大客户经理季度综合考评表 (绩效得分, 评估得分, 学历分, 工龄分, 综合得分, 评分等级, 上季结果, 工资等级调整): the weighted
 * sum Σ (weight ÷ 100 × part score) of the {@link Composite}'s parts, rounded once at the end to scale
 * {@value #SCORE_SCALE}, {@link RoundingMode#HALF_UP}; the level from the template's {@link LevelScale}; the salary-grade
 * suggestion from the composite's {@link SalaryGradeRule}. The weights, tables, thresholds and rule are the template's
 * (the source gives none; see their defaults).
 */
public final class CompositeScoring {

    /** Decimal places of 综合得分. */
    public static final int SCORE_SCALE = 2;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private CompositeScoring() {
    }

    /**
     * What the composite is computed from.
     *
     * @param sectionScores   the scores of the template's other sections by section code
     * @param education       the employee's education (学历分)
     * @param hireDate        the employee's hire date (工龄分)
     * @param periodEnd       the last day of the appraised period
     * @param previousResult  上季结果; null for a first appraisal
     * @param currentGrade    the employee's salary grade; null when not recorded
     */
    public record CompositeInput(Map<String, BigDecimal> sectionScores, EducationLevel education, LocalDate hireDate,
            LocalDate periodEnd, ResultLevel previousResult, Integer currentGrade) {

        public CompositeInput {
            sectionScores = Map.copyOf(sectionScores);
            Objects.requireNonNull(periodEnd, "periodEnd");
        }
    }

    /**
     * One part's contribution.
     *
     * @param part         the part
     * @param score        the part's own score (e.g. 学历分 80)
     * @param contribution weight ÷ 100 × score, unrounded
     */
    public record PartScore(CompositePart part, BigDecimal score, BigDecimal contribution) {
    }

    /**
     * The row of 大客户经理季度综合考评表.
     *
     * @param parts          every part with its score, in the composite's order
     * @param total          综合得分, scale 2
     * @param level          评分等级
     * @param previousResult 上季结果, as passed in
     * @param gradeChange    工资等级调整
     */
    public record CompositeResult(List<PartScore> parts, BigDecimal total, ResultLevel level,
            ResultLevel previousResult, SalaryGradeRule.SalaryGradeChange gradeChange) {

        public CompositeResult {
            parts = List.copyOf(parts);
        }
    }

    /** The composite's result; refused when a section part has no score. */
    public static CompositeResult score(Composite composite, LevelScale levels, CompositeInput input) {
        List<PartScore> parts = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (CompositePart part : composite.parts()) {
            BigDecimal score = partScore(composite, part, input);
            BigDecimal contribution = part.weight().percent().multiply(score).divide(HUNDRED);
            parts.add(new PartScore(part, score, contribution));
            sum = sum.add(contribution);
        }
        BigDecimal total = sum.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
        ResultLevel level = levels.levelOf(total);
        return new CompositeResult(parts, total, level, input.previousResult(),
                composite.gradeRule().suggest(level, input.previousResult(), input.currentGrade()));
    }

    private static BigDecimal partScore(Composite composite, CompositePart part, CompositeInput input) {
        return switch (part) {
            case CompositePart.SectionPart section -> {
                BigDecimal score = input.sectionScores().get(section.sectionCode());
                if (score == null) {
                    throw AppraisalProblem.of("appraisal.composite.partScoreMissing", section.label().zh())
                            .toException();
                }
                yield score;
            }
            case CompositePart.ProfilePart profile -> switch (profile.kind()) {
                case EDUCATION -> composite.profileScores().educationScore(input.education());
                case SENIORITY -> composite.profileScores().seniorityScore(input.hireDate(), input.periodEnd());
            };
        };
    }
}
