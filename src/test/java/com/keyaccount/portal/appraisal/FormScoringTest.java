package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormScoringTest {

    private static final FormScoring.Context CONTEXT = new FormScoring.Context(EducationLevel.BACHELOR,
            LocalDate.of(2015, 4, 1), LocalDate.of(2026, 9, 30), ResultLevel.GOOD, 6);

    private static FormAnswers salesRep(String salesActual) {
        return FormAnswers.empty()
                .withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(new BigDecimal("100000"),
                        new BigDecimal(salesActual), null, KpiSource.SALES))
                .withKpi("OTHER_INDICATORS", new FormAnswers.KpiAnswer(new BigDecimal("20"), new BigDecimal("25"),
                        null, KpiSource.TYPED))
                .withBand("EVERYDAY_CONDUCT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("80"), null))
                .withBand("CUSTOMER_MAINTENANCE", new FormAnswers.BandAnswer(null, null, BandLevel.EXCEEDS,
                        new BigDecimal("92"), null))
                .withBand("MARKET_MANAGEMENT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("78"), null));
    }

    @Test
    void aMonthlyKpiFormWeighsItsSectionsToAnExactTotal() {
        FormScoring.FormResult result = FormScoring.score(StandardTemplates.salesRepMonthly(), salesRep("95000"),
                List.of(), CONTEXT);
        assertThat(result.complete()).isTrue();
        assertThat(result.kpis().get("SALES_TARGET").rate()).isEqualByComparingTo("0.9500");
        assertThat(result.kpis().get("OTHER_INDICATORS").rate()).isEqualByComparingTo("1.2500");
        assertThat(result.itemScores()).containsEntry("OTHER_INDICATORS", new BigDecimal("120.00"));
        assertThat(result.sectionScores()).containsEntry("DAILY_WORK", new BigDecimal("83.33"));
        // 50 % × 95 + 20 % × 120 + 30 % × 83.33 = 96.499 → 96.50
        assertThat(result.total()).isEqualTo(new BigDecimal("96.50"));
        assertThat(result.level()).isEqualTo(ResultLevel.EXCELLENT);
        assertThat(result.composite()).isNull();
    }

    @Test
    void aPartialFormScoresWhatItCanAndSaysWhatIsMissing() {
        FormAnswers partial = salesRep("95000").withBand("MARKET_MANAGEMENT", new FormAnswers.BandAnswer(null, null,
                null, null, null));
        FormScoring.FormResult result = FormScoring.score(StandardTemplates.salesRepMonthly(), partial, List.of(),
                CONTEXT);
        assertThat(result.complete()).isFalse();
        assertThat(result.total()).isNull();
        assertThat(result.sectionScores()).containsKeys("SALES_TARGET", "OTHER_INDICATORS")
                .doesNotContainKey("DAILY_WORK");
        assertThat(result.missing()).extracting(AppraisalProblem::key).containsExactly("appraisal.score.bandMissing");
    }

    @Test
    void aScoreOutsideItsBandIsMissingNotCounted() {
        FormAnswers wrong = salesRep("95000").withBand("EVERYDAY_CONDUCT", new FormAnswers.BandAnswer(null, null,
                BandLevel.EXCEEDS, new BigDecimal("80"), null));
        FormScoring.FormResult result = FormScoring.score(StandardTemplates.salesRepMonthly(), wrong, List.of(),
                CONTEXT);
        assertThat(result.missing()).extracting(AppraisalProblem::key).containsExactly("appraisal.score.outsideBand");
    }

    @Test
    void aMissingTargetOrActualIsNamed() {
        FormAnswers noActual = salesRep("95000").withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(
                new BigDecimal("100000"), null, null, KpiSource.TYPED));
        assertThat(FormScoring.score(StandardTemplates.salesRepMonthly(), noActual, List.of(), CONTEXT).missing())
                .extracting(AppraisalProblem::key).containsExactly("appraisal.kpi.actualMissing");
    }

    @Test
    void theOpinionSectionIsTheMeanOfTheScoresGiven() {
        TemplateDefinition report = StandardTemplates.regionalManagerQuarterlyReport();
        FormAnswers answers = FormAnswers.empty();
        for (TextSection text : report.items().filter(TextSection.class::isInstance).map(TextSection.class::cast)
                .toList()) {
            answers = answers.withText(text.code(), new FormAnswers.TextAnswer(List.of(), new BigDecimal("80")));
        }
        DepartmentOpinion opinion = report.items().filter(DepartmentOpinion.class::isInstance)
                .map(DepartmentOpinion.class::cast).findFirst().orElseThrow();
        FormScoring.FormResult none = FormScoring.score(report, answers, List.of(), CONTEXT);
        assertThat(none.missing()).extracting(AppraisalProblem::key).containsExactly("appraisal.score.opinionMissing");

        List<OpinionEntry> opinions = new ArrayList<>();
        opinions.add(given(opinion, 0, "90"));
        opinions.add(given(opinion, 1, "85"));
        opinions.add(new OpinionEntry(opinion.code(), 2, opinion.departments().get(2), 3L, null, null, null, null));
        FormScoring.FormResult result = FormScoring.score(report, answers, opinions, CONTEXT);
        assertThat(result.sectionScores()).containsEntry("OPINIONS", new BigDecimal("87.50"));
        assertThat(result.complete()).isTrue();
    }

    private static OpinionEntry given(DepartmentOpinion opinion, int index, String score) {
        return new OpinionEntry(opinion.code(), index, opinion.departments().get(index), (long) index, "配合良好",
                new BigDecimal(score), "部门负责人", Instant.parse("2026-10-08T02:00:00Z"));
    }

    @Test
    void theQuarterlyCompositeAddsEducationAndSeniorityAndSuggestsAGradeChange() {
        TemplateDefinition composite = StandardTemplates.kaManagerQuarterlyComposite();
        FormAnswers answers = FormAnswers.empty();
        for (BandedIndicator indicator : composite.items().filter(BandedIndicator.class::isInstance)
                .map(BandedIndicator.class::cast).toList()) {
            Band meets = indicator.band(BandLevel.MEETS).orElseThrow();
            answers = answers.withBand(indicator.code(), new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                    meets.range().max(), null));
        }
        FormScoring.FormResult result = FormScoring.score(composite, answers, List.of(), CONTEXT);
        assertThat(result.complete()).isTrue();
        assertThat(result.composite()).isNotNull();
        assertThat(result.composite().parts()).hasSize(4);
        assertThat(result.total()).isEqualTo(result.composite().total());
        assertThat(result.total().scale()).isEqualTo(2);
        assertThat(result.gradeChange()).isPresent();
        assertThat(result.composite().previousResult()).isEqualTo(ResultLevel.GOOD);
    }
}
