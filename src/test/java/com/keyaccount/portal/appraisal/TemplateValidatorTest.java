package com.keyaccount.portal.appraisal;

import static com.keyaccount.portal.appraisal.AppraisalFixtures.composite;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.indicator;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.linearKpi;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.profilePart;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.section;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.sectionPart;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.template;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateValidatorTest {

    private static List<String> keys(TemplateDefinition template) {
        return TemplateValidator.validate(template).stream().map(AppraisalProblem::key).toList();
    }

    private static Band band(BandLevel level, String min, String max) {
        return new Band(level, "", ScoreRange.of(min, max));
    }

    @Test
    void soundTemplatePasses() {
        TemplateDefinition template = template(
                section("KPI", "60", linearKpi("A", "70", false), linearKpi("B", "30", true)),
                section("BANDS", "40", indicator("C"), indicator("D")));
        assertThat(TemplateValidator.validate(template)).isEmpty();
    }

    @Test
    void kpiWeightsNotSummingToHundredAreRefusedWithTheSum() {
        TemplateDefinition template = template(section("KPI", null, linearKpi("A", "70", false),
                linearKpi("B", "20", false)));
        assertThat(TemplateValidator.validate(template))
                .containsExactly(new AppraisalProblem("appraisal.template.kpiWeights", List.of("KPI", "90")));
        assertThatThrownBy(() -> TemplateValidator.requireValid(template))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("appraisal.template.kpiWeights"));
    }

    @Test
    void kpiWeightsAreSummedPerSection() {
        TemplateDefinition template = template(section("S1", "50", linearKpi("A", "100", false)),
                section("S2", "50", linearKpi("B", "60", false), linearKpi("C", "40.0", false)));
        assertThat(TemplateValidator.validate(template)).isEmpty();
    }

    @Test
    void sectionWeightsNotSummingToHundredAreRefused() {
        TemplateDefinition template = template(section("S1", "50", indicator("A")),
                section("S2", "40", indicator("B")), section("UNWEIGHTED", null, indicator("C")));
        assertThat(TemplateValidator.validate(template))
                .containsExactly(new AppraisalProblem("appraisal.template.sectionWeights", List.of("T", "90")));
    }

    @Test
    void weightOutsideZeroToHundredIsRefused() {
        TemplateDefinition template = template(section("S", null, linearKpi("A", "0", false),
                linearKpi("B", "100", false)));
        assertThat(keys(template)).containsExactly("appraisal.template.weightRange");
    }

    @Test
    void overlappingBandRangesAreRefused() {
        BandedIndicator overlapping = indicator("X", List.of(band(BandLevel.EXCEEDS, "85", "100"),
                band(BandLevel.MEETS, "75", "89"), band(BandLevel.APPROACHES, "60", "74"),
                band(BandLevel.FAR_BELOW, "0", "59")));
        assertThat(TemplateValidator.validate(template(section("S", null, overlapping))))
                .containsExactly(new AppraisalProblem("appraisal.template.bandRanges", List.of("X")));
    }

    @Test
    void unorderedBandRangesAreRefused() {
        BandedIndicator inverted = indicator("X", List.of(band(BandLevel.EXCEEDS, "0", "59"),
                band(BandLevel.MEETS, "60", "74"), band(BandLevel.APPROACHES, "75", "89"),
                band(BandLevel.FAR_BELOW, "90", "100")));
        BandedIndicator minAboveMax = indicator("Y", List.of(band(BandLevel.EXCEEDS, "100", "90"),
                band(BandLevel.MEETS, "75", "89"), band(BandLevel.APPROACHES, "60", "74"),
                band(BandLevel.FAR_BELOW, "0", "59")));
        BandedIndicator negative = indicator("Z", List.of(band(BandLevel.EXCEEDS, "90", "100"),
                band(BandLevel.MEETS, "75", "89"), band(BandLevel.APPROACHES, "60", "74"),
                band(BandLevel.FAR_BELOW, "-10", "59")));
        assertThat(keys(template(section("S", null, inverted, minAboveMax, negative))))
                .containsExactly("appraisal.template.bandRanges", "appraisal.template.bandRanges",
                        "appraisal.template.bandRanges");
    }

    @Test
    void bandsMustBeTheFourLevelsInOrder() {
        BandedIndicator swapped = indicator("X", List.of(band(BandLevel.MEETS, "90", "100"),
                band(BandLevel.EXCEEDS, "75", "89"), band(BandLevel.APPROACHES, "60", "74"),
                band(BandLevel.FAR_BELOW, "0", "59")));
        BandedIndicator three = indicator("Y", indicator("Z").bands().subList(0, 3));
        assertThat(keys(template(section("S", null, swapped, three))))
                .containsExactly("appraisal.template.bandLevels", "appraisal.template.bandLevels");
    }

    @Test
    void compositeNamingAMissingSectionIsRefused() {
        Composite composite = composite("C", List.of(sectionPart("PERFORMANCE", "60"),
                sectionPart("NOWHERE", "40")));
        TemplateDefinition template = template(section("PERFORMANCE", null, indicator("A")),
                section("RESULT", null, composite));
        assertThat(TemplateValidator.validate(template))
                .containsExactly(new AppraisalProblem("appraisal.template.compositeMissing", List.of("C", "NOWHERE")));
    }

    @Test
    void compositeCannotWeighItsOwnSection() {
        Composite composite = composite("C", List.of(sectionPart("RESULT", "100")));
        assertThat(keys(template(section("RESULT", null, composite))))
                .containsExactly("appraisal.template.compositeNested");
    }

    @Test
    void compositePartsMustSumToHundredWithCompleteTables() {
        ProfileScores gappy = new ProfileScores(Map.of(EducationLevel.BACHELOR, BigDecimal.TEN),
                List.of(new ProfileScores.SeniorityBracket(1, BigDecimal.ONE)), false);
        Composite composite = new Composite("C", text("综合"), List.of(sectionPart("A", "50"),
                profilePart(ProfileKind.EDUCATION, "20")), gappy,
                new SalaryGradeRule(Map.of(), Map.of(), 5, 3, false));
        TemplateDefinition template = template(section("A", null, indicator("I")), section("R", null, composite));
        assertThat(TemplateValidator.validate(template)).containsExactly(
                new AppraisalProblem("appraisal.template.compositeWeights", List.of("C", "70")),
                new AppraisalProblem("appraisal.template.educationTable", List.of("C")),
                new AppraisalProblem("appraisal.template.seniorityBrackets", List.of("C")),
                new AppraisalProblem("appraisal.template.salaryGradeBounds", List.of("C", "5", "3")));
    }

    @Test
    void seniorityBracketsMustRise() {
        ProfileScores falling = new ProfileScores(ProfileScores.defaults().education(), List.of(
                new ProfileScores.SeniorityBracket(0, BigDecimal.ONE), new ProfileScores.SeniorityBracket(5,
                        BigDecimal.TEN), new ProfileScores.SeniorityBracket(3, BigDecimal.TWO)), false);
        Composite composite = new Composite("C", text("综合"), List.of(profilePart(ProfileKind.SENIORITY, "100")),
                falling, SalaryGradeRule.defaults());
        assertThat(keys(template(section("R", null, composite))))
                .containsExactly("appraisal.template.seniorityBrackets");
    }

    @Test
    void levelThresholdsNotDescendingAreRefused() {
        TemplateDefinition template = new TemplateDefinition("T", text("模板"), 1, PeriodKind.MONTH,
                List.of(section("S", null, indicator("A"))), new LevelScale(new BigDecimal("80"),
                        new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("60"), false));
        assertThat(TemplateValidator.validate(template)).containsExactly(
                new AppraisalProblem("appraisal.template.levels", List.of("80", "90", "70", "60")));
    }

    @Test
    void duplicateSectionAndItemCodesAreRefused() {
        TemplateDefinition template = template(section("S", "50", indicator("A")),
                section("S", "50", indicator("A")));
        assertThat(TemplateValidator.validate(template)).containsExactly(
                new AppraisalProblem("appraisal.template.duplicateCode", List.of("S")),
                new AppraisalProblem("appraisal.template.duplicateCode", List.of("A")));
    }

    @Test
    void emptyTemplatesSectionsAndListsAreRefused() {
        assertThat(keys(template())).containsExactly("appraisal.template.noSections");
        TemplateDefinition template = template(section("EMPTY", null),
                section("T", null, new TextSection("TXT", text("工作总结"), List.of(), null)),
                section("O", null, new DepartmentOpinion("OP", text("相关部门意见"), List.of(), null)));
        assertThat(keys(template)).containsExactly("appraisal.template.emptySection", "appraisal.template.noPoints",
                "appraisal.template.noPoints");
    }

    @Test
    void scoreRangeOfATextSectionMustBeOrdered() {
        TextSection text = new TextSection("TXT", text("工作总结"), List.of(text("目标完成")), ScoreRange.of("100", "0"));
        assertThat(TemplateValidator.validate(template(section("T", null, text)))).containsExactly(
                new AppraisalProblem("appraisal.template.scoreRange", List.of("TXT", "100", "0")));
    }

    @Test
    void kpiCapBelowHundredPercentAndFallingRateStepsAreRefused() {
        KpiItem lowCap = new KpiItem("A", text("A"), Weight.of("50"), text("元"), null, false, new BigDecimal("0.9"),
                new KpiFormula.Linear(), null);
        KpiItem falling = new KpiItem("B", text("B"), Weight.of("50"), text("元"), null, false, KpiItem.DEFAULT_CAP,
                new KpiFormula.BandedByRate(List.of(KpiFormula.RateStep.of("0.8", "0.9"),
                        KpiFormula.RateStep.of("1.0", "0.5"))), null);
        KpiItem aboveCap = new KpiItem("C", text("C"), Weight.of("50"), text("元"), null, false, KpiItem.DEFAULT_CAP,
                new KpiFormula.BandedByRate(List.of(KpiFormula.RateStep.of("1.0", "1.5"))), null);
        KpiItem noSteps = new KpiItem("D", text("D"), Weight.of("50"), text("元"), null, false, KpiItem.DEFAULT_CAP,
                new KpiFormula.BandedByRate(List.of()), null);
        TemplateDefinition template = template(section("S1", "50", lowCap, falling),
                section("S2", "50", aboveCap, noSteps));
        assertThat(TemplateValidator.validate(template)).containsExactly(
                new AppraisalProblem("appraisal.template.kpiCap", List.of("A", "0.9")),
                new AppraisalProblem("appraisal.template.rateSteps", List.of("B")),
                new AppraisalProblem("appraisal.template.rateSteps", List.of("C")),
                new AppraisalProblem("appraisal.template.rateSteps", List.of("D")));
    }

    @Test
    void weightedSectionWithNothingScoredIsRefused() {
        TextSection unscored = new TextSection("TXT", text("下一阶段工作计划"), List.of(text("竞争策略")), null);
        TemplateDefinition template = template(section("PLAN", "30", unscored), section("S", "70", indicator("A")));
        assertThat(TemplateValidator.validate(template)).containsExactly(
                new AppraisalProblem("appraisal.template.unscoredSection", List.of("PLAN")));
    }

    @Test
    void severalScoredSectionsNeedWeightsOrAComposite() {
        TemplateDefinition template = template(section("S1", null, indicator("A")),
                section("S2", null, linearKpi("B", "100", false)));
        assertThat(TemplateValidator.validate(template)).containsExactly(
                new AppraisalProblem("appraisal.template.unweightedSections", List.of("T")));
        TemplateDefinition withRemarks = template(section("S1", null, indicator("A")), section("NOTES", null,
                new TextSection("TXT", text("备注"), List.of(text("备注")), null)));
        assertThat(TemplateValidator.validate(withRemarks)).isEmpty();
    }

    @Test
    void nextVersionKeepsCodeNameAndPeriod() {
        TemplateDefinition first = template(section("S", null, indicator("A")));
        TemplateDefinition second = first.nextVersion(List.of(section("S", null, indicator("B"))),
                LevelScale.defaults());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.code()).isEqualTo(first.code());
        assertThat(second.items().map(ItemDefinition::code)).containsExactly("B");
        assertThat(first.items().map(ItemDefinition::code)).containsExactly("A");
    }
}
