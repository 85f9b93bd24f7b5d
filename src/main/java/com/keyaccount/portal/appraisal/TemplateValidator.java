package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is wrong with a template, for the form designer to show before saving (the 000 forms as data: 能力素质指标评价参照标准,
 * 销售经理年度考核表, 大客户经理季度综合考评表 …). Returns every problem, each an i18n key of the bundles and its arguments:
 * <ul>
 * <li>codes: no sections, an empty section, a section or item code used twice;</li>
 * <li>totals: a weighted section nothing in it scores; several scored sections with neither weights nor a
 * composite;</li>
 * <li>weights: a weight outside 0 &lt; w ≤ 100; the weighted sections not summing to 100; the KPIs of a section not
 * summing to 100; the parts of a composite not summing to 100;</li>
 * <li>KPIs: a cap below 100 %; rate steps not ascending, factors decreasing, negative or above the cap;</li>
 * <li>bands: not exactly 超出目标 / 达到目标 / 接近目标 / 远低于目标 in that order; a range with min &gt; max or below 0; ranges
 * overlapping or unordered (each band lies wholly above the next; gaps are allowed since the paper scores whole
 * points);</li>
 * <li>text sections without points, opinions without departments, a score range with min &gt; max;</li>
 * <li>composites: a part naming a missing section or a section holding a composite, an education table missing a
 * level, seniority brackets not starting at 0 years or not ascending, salary-grade bounds not 1 ≤ min ≤ max;</li>
 * <li>levels: thresholds not strictly descending from 优秀 to 及格.</li>
 * </ul>
 * A score outside its band is refused on entry, by {@link BandScoring}.
 */
public final class TemplateValidator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final List<BandLevel> BAND_ORDER = List.of(BandLevel.values());

    private TemplateValidator() {
    }

    /** Every problem of the template, in the order of the form; empty when it may be saved. */
    public static List<AppraisalProblem> validate(TemplateDefinition template) {
        List<AppraisalProblem> problems = new ArrayList<>();
        if (template.sections().isEmpty()) {
            problems.add(AppraisalProblem.of("appraisal.template.noSections", template.code()));
        }
        checkCodes(template, problems);
        checkSectionWeights(template, problems);
        checkUnweightedSections(template, problems);
        for (SectionDefinition section : template.sections()) {
            checkSection(template, section, problems);
        }
        if (!template.levels().isDescending()) {
            LevelScale levels = template.levels();
            problems.add(AppraisalProblem.of("appraisal.template.levels", levels.excellent(), levels.good(),
                    levels.average(), levels.pass()));
        }
        return List.copyOf(problems);
    }

    /** Refuses the template with its first problem. */
    public static void requireValid(TemplateDefinition template) {
        List<AppraisalProblem> problems = validate(template);
        if (!problems.isEmpty()) {
            throw problems.getFirst().toException();
        }
    }

    private static void checkCodes(TemplateDefinition template, List<AppraisalProblem> problems) {
        Set<String> sectionCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        for (SectionDefinition section : template.sections()) {
            if (!sectionCodes.add(section.code())) {
                problems.add(AppraisalProblem.of("appraisal.template.duplicateCode", section.code()));
            }
            for (ItemDefinition item : section.items()) {
                if (!itemCodes.add(item.code())) {
                    problems.add(AppraisalProblem.of("appraisal.template.duplicateCode", item.code()));
                }
            }
        }
    }

    private static void checkSectionWeights(TemplateDefinition template, List<AppraisalProblem> problems) {
        List<Weight> weights = template.sections().stream().map(SectionDefinition::weight)
                .filter(Objects::nonNull).toList();
        for (SectionDefinition section : template.sections()) {
            section.optionalWeight().ifPresent(weight -> checkWeight(section.code(), weight, problems));
        }
        BigDecimal sum = sum(weights);
        if (!weights.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            problems.add(AppraisalProblem.of("appraisal.template.sectionWeights", template.code(), sum));
        }
    }

    /** Several scored sections need weights or a composite, or the form has no total. */
    private static void checkUnweightedSections(TemplateDefinition template, List<AppraisalProblem> problems) {
        boolean weighted = template.sections().stream().anyMatch(section -> section.weight() != null);
        boolean composed = template.items().anyMatch(Composite.class::isInstance);
        long scored = template.sections().stream().filter(TemplateValidator::isScored).count();
        if (!weighted && !composed && scored > 1) {
            problems.add(AppraisalProblem.of("appraisal.template.unweightedSections", template.code()));
        }
    }

    /** Whether a reviewer gives the section a score: a KPI, an indicator, a composite or a scored text or opinion. */
    private static boolean isScored(SectionDefinition section) {
        return section.items().stream().anyMatch(item -> switch (item) {
            case KpiItem kpi -> true;
            case BandedIndicator indicator -> true;
            case Composite composite -> true;
            case TextSection text -> text.score() != null;
            case DepartmentOpinion opinion -> opinion.score() != null;
        });
    }

    private static void checkSection(TemplateDefinition template, SectionDefinition section,
            List<AppraisalProblem> problems) {
        if (section.items().isEmpty()) {
            problems.add(AppraisalProblem.of("appraisal.template.emptySection", section.code()));
        } else if (section.weight() != null && !isScored(section)) {
            problems.add(AppraisalProblem.of("appraisal.template.unscoredSection", section.code()));
        }
        List<KpiItem> kpis = section.itemsOf(KpiItem.class);
        BigDecimal kpiSum = sum(kpis.stream().map(KpiItem::weight).toList());
        if (!kpis.isEmpty() && kpiSum.compareTo(HUNDRED) != 0) {
            problems.add(AppraisalProblem.of("appraisal.template.kpiWeights", section.code(), kpiSum));
        }
        for (ItemDefinition item : section.items()) {
            switch (item) {
                case BandedIndicator indicator -> checkBands(indicator, problems);
                case KpiItem kpi -> checkKpi(kpi, problems);
                case TextSection text -> {
                    checkNotEmpty(text.code(), text.points(), problems);
                    checkRange(text.code(), text.score(), problems);
                }
                case DepartmentOpinion opinion -> {
                    checkNotEmpty(opinion.code(), opinion.departments(), problems);
                    checkRange(opinion.code(), opinion.score(), problems);
                }
                case Composite composite -> checkComposite(template, section, composite, problems);
            }
        }
    }

    private static void checkBands(BandedIndicator indicator, List<AppraisalProblem> problems) {
        List<BandLevel> levels = indicator.bands().stream().map(Band::level).toList();
        if (!levels.equals(BAND_ORDER)) {
            problems.add(AppraisalProblem.of("appraisal.template.bandLevels", indicator.code()));
            return;
        }
        boolean ordered = true;
        for (int i = 0; i < indicator.bands().size(); i++) {
            ScoreRange range = indicator.bands().get(i).range();
            ordered &= range.isOrdered() && range.min().signum() >= 0;
            if (i > 0) {
                ScoreRange higher = indicator.bands().get(i - 1).range();
                ordered &= range.max().compareTo(higher.min()) < 0;
            }
        }
        if (!ordered) {
            problems.add(AppraisalProblem.of("appraisal.template.bandRanges", indicator.code()));
        }
    }

    private static void checkKpi(KpiItem kpi, List<AppraisalProblem> problems) {
        checkWeight(kpi.code(), kpi.weight(), problems);
        if (kpi.cap().compareTo(BigDecimal.ONE) < 0) {
            problems.add(AppraisalProblem.of("appraisal.template.kpiCap", kpi.code(), kpi.cap()));
        }
        if (kpi.formula() instanceof KpiFormula.BandedByRate banded && !stepsAscend(banded.steps(), kpi.cap())) {
            problems.add(AppraisalProblem.of("appraisal.template.rateSteps", kpi.code()));
        }
    }

    private static boolean stepsAscend(List<KpiFormula.RateStep> steps, BigDecimal cap) {
        if (steps.isEmpty()) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            KpiFormula.RateStep step = steps.get(i);
            if (step.factor().signum() < 0 || step.factor().compareTo(cap) > 0) {
                return false;
            }
            if (i > 0) {
                KpiFormula.RateStep lower = steps.get(i - 1);
                if (step.minRate().compareTo(lower.minRate()) <= 0 || step.factor().compareTo(lower.factor()) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void checkComposite(TemplateDefinition template, SectionDefinition home, Composite composite,
            List<AppraisalProblem> problems) {
        for (CompositePart part : composite.parts()) {
            checkWeight(composite.code(), part.weight(), problems);
            if (part instanceof CompositePart.SectionPart sectionPart) {
                String code = sectionPart.sectionCode();
                boolean composed = template.section(code)
                        .map(section -> code.equals(home.code()) || !section.itemsOf(Composite.class).isEmpty())
                        .orElse(false);
                if (template.section(code).isEmpty()) {
                    problems.add(AppraisalProblem.of("appraisal.template.compositeMissing", composite.code(), code));
                } else if (composed) {
                    problems.add(AppraisalProblem.of("appraisal.template.compositeNested", composite.code(), code));
                }
            }
        }
        BigDecimal sum = sum(composite.parts().stream().map(CompositePart::weight).toList());
        if (sum.compareTo(HUNDRED) != 0) {
            problems.add(AppraisalProblem.of("appraisal.template.compositeWeights", composite.code(), sum));
        }
        ProfileScores tables = composite.profileScores();
        if (!tables.education().keySet().containsAll(List.of(EducationLevel.values()))) {
            problems.add(AppraisalProblem.of("appraisal.template.educationTable", composite.code()));
        }
        if (!bracketsAscend(tables.seniority())) {
            problems.add(AppraisalProblem.of("appraisal.template.seniorityBrackets", composite.code()));
        }
        SalaryGradeRule rule = composite.gradeRule();
        if (rule.minGrade() < 1 || rule.minGrade() > rule.maxGrade()) {
            problems.add(AppraisalProblem.of("appraisal.template.salaryGradeBounds", composite.code(),
                    rule.minGrade(), rule.maxGrade()));
        }
    }

    private static boolean bracketsAscend(List<ProfileScores.SeniorityBracket> brackets) {
        if (brackets.isEmpty() || brackets.getFirst().fromYears() != 0) {
            return false;
        }
        for (int i = 1; i < brackets.size(); i++) {
            if (brackets.get(i).fromYears() <= brackets.get(i - 1).fromYears()) {
                return false;
            }
        }
        return true;
    }

    private static void checkWeight(String code, Weight weight, List<AppraisalProblem> problems) {
        if (weight.percent().signum() <= 0 || weight.percent().compareTo(HUNDRED) > 0) {
            problems.add(AppraisalProblem.of("appraisal.template.weightRange", code, weight.percent()));
        }
    }

    private static void checkRange(String code, ScoreRange range, List<AppraisalProblem> problems) {
        if (range != null && (!range.isOrdered() || range.min().signum() < 0)) {
            problems.add(AppraisalProblem.of("appraisal.template.scoreRange", code, range.min(), range.max()));
        }
    }

    private static void checkNotEmpty(String code, List<?> entries, List<AppraisalProblem> problems) {
        if (entries.isEmpty()) {
            problems.add(AppraisalProblem.of("appraisal.template.noPoints", code));
        }
    }

    private static BigDecimal sum(List<Weight> weights) {
        return weights.stream().map(Weight::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
