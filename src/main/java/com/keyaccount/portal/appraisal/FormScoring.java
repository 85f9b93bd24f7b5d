package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one appraisal form (考核表) from its template and what is written on it: each item, each section, the total
 * and the level, and for 大客户经理季度综合考评表 the composite (综合得分, 评分等级, 上季结果, 工资等级调整). Partial forms are
 * scored as far as they go, with a problem for each missing entry, so the form shows running totals while it is filled
 * in. The rules, each applied once here:
 * <ul>
 * <li>a banded indicator scores the reviewer's score inside the chosen band ({@link BandScoring});</li>
 * <li>a KPI scores by its formula from 完成率 ({@link KpiScoring}); the form's target, else the template's;</li>
 * <li>a scored text section scores the reviewer's score; an unscored one counts nothing;</li>
 * <li>相关部门意见 scores the mean of the scores the departments gave; with a score range, at least one must score;</li>
 * <li>a section's score is the sum of its KPI scores when it has KPIs (the weights make 100), else the mean of its
 * scored items (scale 2, HALF_UP);</li>
 * <li>the total is {@link CompositeScoring} when the template has a composite, else {@link TemplateScoring}.</li>
 * </ul>
 */
public final class FormScoring {

    private FormScoring() {
    }

    /**
     * The employee facts the composite reads (学历分, 工龄分, 上季结果, 工资等级).
     *
     * @param education      the employee's education, or null when not recorded
     * @param hireDate       the hire date, or null when not recorded
     * @param periodEnd      the last day of the appraised period
     * @param previousResult 上季结果 from the previous cycle, or null
     * @param currentGrade   the employee's salary grade, or null
     */
    public record Context(EducationLevel education, LocalDate hireDate, LocalDate periodEnd,
            ResultLevel previousResult, Integer currentGrade) {
    }

    /**
     * A form's scores as far as they are known.
     *
     * @param itemScores    each scored item's score by item code
     * @param kpis          each KPI's target, actual, rate and score by item code
     * @param sectionScores each complete section's score by section code
     * @param total         the total, or null while a part is missing
     * @param level         the level of the total, or null with it
     * @param composite     the composite row, or null when the template has none or a part is missing
     * @param missing       what is missing or wrong, in the form's order; empty when the form is complete
     */
    public record FormResult(Map<String, BigDecimal> itemScores, Map<String, KpiScoring.KpiResult> kpis,
            Map<String, BigDecimal> sectionScores, BigDecimal total, ResultLevel level,
            CompositeScoring.CompositeResult composite, List<AppraisalProblem> missing) {

        public FormResult {
            itemScores = Collections.unmodifiableMap(new LinkedHashMap<>(itemScores));
            kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
            sectionScores = Collections.unmodifiableMap(new LinkedHashMap<>(sectionScores));
            missing = List.copyOf(missing);
        }

        /** Whether every entry the total needs is there. */
        public boolean complete() {
            return missing.isEmpty() && total != null;
        }

        /** The salary-grade suggestion of the composite, if the template has one. */
        public Optional<SalaryGradeRule.SalaryGradeChange> gradeChange() {
            return Optional.ofNullable(composite).map(CompositeScoring.CompositeResult::gradeChange);
        }
    }

    /** The form's scores as far as they are known. */
    public static FormResult score(TemplateDefinition template, FormAnswers answers, List<OpinionEntry> opinions,
            Context context) {
        Map<String, BigDecimal> itemScores = new LinkedHashMap<>();
        Map<String, KpiScoring.KpiResult> kpis = new LinkedHashMap<>();
        Map<String, BigDecimal> sectionScores = new LinkedHashMap<>();
        List<AppraisalProblem> missing = new ArrayList<>();
        Composite composite = null;
        for (SectionDefinition section : template.sections()) {
            List<BigDecimal> kpiScores = new ArrayList<>();
            List<BigDecimal> otherScores = new ArrayList<>();
            boolean sectionComplete = true;
            for (ItemDefinition item : section.items()) {
                if (item instanceof Composite found) {
                    composite = found;
                    continue;
                }
                Entry entry = scoreItem(item, answers, opinions);
                if (entry.problem != null) {
                    missing.add(entry.problem);
                    sectionComplete = false;
                    continue;
                }
                if (entry.score == null) {
                    continue;
                }
                itemScores.put(item.code(), entry.score);
                if (entry.kpi != null) {
                    kpis.put(item.code(), entry.kpi);
                    kpiScores.add(entry.score);
                } else {
                    otherScores.add(entry.score);
                }
            }
            if (sectionComplete) {
                sectionScore(kpiScores, otherScores).ifPresent(score -> sectionScores.put(section.code(), score));
            }
        }
        if (!missing.isEmpty()) {
            return new FormResult(itemScores, kpis, sectionScores, null, null, null, missing);
        }
        if (composite != null) {
            CompositeScoring.CompositeResult row = CompositeScoring.score(composite, template.levels(),
                    new CompositeScoring.CompositeInput(sectionScores, context.education(), context.hireDate(),
                            context.periodEnd(), context.previousResult(), context.currentGrade()));
            return new FormResult(itemScores, kpis, sectionScores, row.total(), row.level(), row, missing);
        }
        TemplateScoring.TemplateResult result = TemplateScoring.score(template, sectionScores);
        return new FormResult(itemScores, kpis, sectionScores, result.total(), result.level(), null, missing);
    }

    /** One item's score, or the problem that keeps it from having one; neither for an item that scores nothing. */
    private record Entry(BigDecimal score, KpiScoring.KpiResult kpi, AppraisalProblem problem) {

        static Entry of(BigDecimal score) {
            return new Entry(score, null, null);
        }

        static Entry failing(AppraisalProblem problem) {
            return new Entry(null, null, problem);
        }
    }

    private static Entry scoreItem(ItemDefinition item, FormAnswers answers, List<OpinionEntry> opinions) {
        return switch (item) {
            case BandedIndicator indicator -> {
                FormAnswers.BandAnswer answer = answers.band(indicator.code());
                List<AppraisalProblem> problems = BandScoring.check(indicator, answer.band(), answer.score());
                yield problems.isEmpty() ? Entry.of(answer.score().setScale(BandScoring.SCORE_SCALE,
                        RoundingMode.HALF_UP)) : Entry.failing(problems.getFirst());
            }
            case KpiItem kpi -> scoreKpi(kpi, answers.kpi(kpi.code()));
            case TextSection text -> {
                if (text.score() == null) {
                    yield new Entry(null, null, null);
                }
                BigDecimal score = answers.text(text.code()).score();
                if (score == null) {
                    yield Entry.failing(AppraisalProblem.of("appraisal.score.textMissing", text.name().zh()));
                }
                yield text.score().contains(score) ? Entry.of(score)
                        : Entry.failing(AppraisalProblem.of("appraisal.score.outOfRange", text.name().zh(),
                                text.score().min(), text.score().max()));
            }
            case DepartmentOpinion opinion -> scoreOpinion(opinion, opinions);
            case Composite composite -> new Entry(null, null, null);
        };
    }

    private static Entry scoreKpi(KpiItem kpi, FormAnswers.KpiAnswer answer) {
        BigDecimal target = answer.target() != null ? answer.target() : kpi.target();
        try {
            KpiScoring.KpiResult result = KpiScoring.evaluate(kpi, target, answer.actual());
            return new Entry(result.score(), result, null);
        } catch (BusinessException refused) {
            return Entry.failing(AppraisalProblem.of(refused.messageKey(), refused.arguments()));
        }
    }

    private static Entry scoreOpinion(DepartmentOpinion opinion, List<OpinionEntry> opinions) {
        if (opinion.score() == null) {
            return new Entry(null, null, null);
        }
        List<BigDecimal> scores = opinions.stream()
                .filter(entry -> entry.itemCode().equals(opinion.code()) && entry.given() && entry.score() != null)
                .map(OpinionEntry::score)
                .toList();
        if (scores.isEmpty()) {
            return Entry.failing(AppraisalProblem.of("appraisal.score.opinionMissing", opinion.name().zh()));
        }
        return Entry.of(BandScoring.average(scores));
    }

    private static Optional<BigDecimal> sectionScore(List<BigDecimal> kpiScores, List<BigDecimal> otherScores) {
        if (!kpiScores.isEmpty()) {
            return Optional.of(KpiScoring.total(kpiScores.stream()
                    .map(score -> new KpiScoring.KpiResult(null, null, null, score)).toList()));
        }
        return otherScores.isEmpty() ? Optional.empty() : Optional.of(BandScoring.average(otherScores));
    }
}
