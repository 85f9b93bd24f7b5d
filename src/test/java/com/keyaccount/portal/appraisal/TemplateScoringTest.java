package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.appraisal.TemplateScoring.TemplateResult;
import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form's total = Σ section weight ÷ 100 × section score, or its only section's score; scale 2 HALF_UP. */
class TemplateScoringTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void quarterlyReportWeighsItsSectionsIntoTheResult() {
        // 0.4 × 85 + 0.2 × 70 + 0.2 × 80 + 0.2 × 90 = 82.00
        TemplateResult result = TemplateScoring.score(StandardTemplates.regionalManagerQuarterlyReport(),
                Map.of("WORK_SUMMARY", d("85"), "PROBLEM_ANALYSIS", d("70"), "NEXT_PLAN", d("80"), "OPINIONS", d("90")));
        assertThat(result).isEqualTo(new TemplateResult(d("82.00"), ResultLevel.GOOD));
    }

    @Test
    void weightedTotalIsRoundedOnceHalfUp() {
        // 0.2 × (89.99 + 75.01 + 60.33 + 90 + 0) = 63.066 → 63.07
        TemplateResult result = TemplateScoring.score(StandardTemplates.backOffice(),
                Map.of("BUSINESS_MANAGEMENT", d("89.99"), "CUSTOMER_SERVICE", d("75.01"),
                        "FRONT_OFFICE_SUPPORT", d("60.33"), "BACK_OFFICE_RESPONSE", d("90"), "EVERYDAY_CONDUCT",
                        d("0")));
        assertThat(result).isEqualTo(new TemplateResult(d("63.07"), ResultLevel.PASS));
    }

    @Test
    void singleTableIsItsSectionScore() {
        assertThat(TemplateScoring.score(StandardTemplates.competencyReference(), Map.of("COMPETENCY", d("88.333"))))
                .isEqualTo(new TemplateResult(d("88.33"), ResultLevel.GOOD));
        assertThat(TemplateScoring.score(StandardTemplates.salesManagerAnnual(), Map.of("KPIS", d("103.5"))))
                .isEqualTo(new TemplateResult(d("103.50"), ResultLevel.EXCELLENT));
    }

    @Test
    void missingSectionScoreIsRefusedNamingTheSection() {
        assertThatThrownBy(() -> TemplateScoring.score(StandardTemplates.salesRepMonthly(),
                Map.of("SALES_TARGET", d("90"), "OTHER_INDICATORS", d("80"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("appraisal.composite.partScoreMissing");
                    assertThat(e.arguments()).containsExactly("日常工作指标");
                });
    }

    @Test
    void templatesWithACompositeAreLeftToCompositeScoring() {
        assertThatThrownBy(() -> TemplateScoring.score(StandardTemplates.kaManagerQuarterlyComposite(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
