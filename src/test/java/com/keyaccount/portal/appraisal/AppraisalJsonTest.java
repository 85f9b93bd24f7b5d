package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppraisalJsonTest {

    @Test
    void everyStandardTemplateSurvivesStorageUnchanged() {
        for (TemplateDefinition template : StandardTemplates.all()) {
            String json = AppraisalJson.write(template);
            assertThat(AppraisalJson.readTemplate(json)).as(template.code()).isEqualTo(template);
        }
    }

    @Test
    void scalesOfNumbersSurvive() {
        TemplateDefinition composite = StandardTemplates.kaManagerQuarterlyComposite();
        String json = AppraisalJson.write(composite);
        assertThat(json).doesNotContain("E+").contains("\"@type\":\"composite\"");
        KpiItem kpi = StandardTemplates.salesManagerAnnual().items()
                .filter(KpiItem.class::isInstance).map(KpiItem.class::cast).findFirst().orElseThrow();
        assertThat(kpi.cap()).isEqualTo(new BigDecimal("1.20"));
        KpiItem readBack = AppraisalJson.readTemplate(AppraisalJson.write(StandardTemplates.salesManagerAnnual()))
                .items().filter(KpiItem.class::isInstance).map(KpiItem.class::cast).findFirst().orElseThrow();
        assertThat(readBack.cap()).isEqualTo(new BigDecimal("1.20"));
    }

    @Test
    void answersAndScoresRoundTrip() {
        FormAnswers answers = FormAnswers.empty()
                .withBand("RELATIONSHIP", new FormAnswers.BandAnswer(BandLevel.MEETS, new BigDecimal("80"),
                        BandLevel.EXCEEDS, new BigDecimal("92.50"), "主动维护大客户关系"))
                .withKpi("SALES", new FormAnswers.KpiAnswer(new BigDecimal("500000"), new BigDecimal("512345.67"),
                        null, KpiSource.SALES))
                .withText("SUMMARY", new FormAnswers.TextAnswer(List.of(
                        new FormAnswers.PointAnswer("完成季度目标", "见附表", "很好")), new BigDecimal("88")));
        assertThat(AppraisalJson.readAnswers(AppraisalJson.write(answers))).isEqualTo(answers);
        Map<String, BigDecimal> scores = Map.of("KPIS", new BigDecimal("101.30"), "OPINIONS", new BigDecimal("90.00"));
        assertThat(AppraisalJson.readScores(AppraisalJson.writeScores(scores))).isEqualTo(scores);
        assertThat(AppraisalJson.readScores(null)).isEmpty();
    }
}
