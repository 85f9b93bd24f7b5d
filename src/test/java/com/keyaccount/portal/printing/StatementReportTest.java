package com.keyaccount.portal.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.FormStatus;
import com.keyaccount.portal.appraisal.LevelScale;
import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The statement's rows, averages and distribution, without rendering. */
class StatementReportTest {

    private static final PrintContext CHINESE = AppraisalPrintFixtures.context(Locale.SIMPLIFIED_CHINESE);

    @Test
    void scoredSectionsBecomeColumnsAndTheCompositeSectionDoesNot() {
        TemplateDefinition template = StandardTemplates.kaManagerQuarterlyComposite();
        CycleResults results = results(template, List.of(
                row(1, "张伟", Map.of("PERFORMANCE", "91.00", "ASSESSMENT", "88.00"), "90.10", ResultLevel.EXCELLENT, 1),
                row(2, "王芳", Map.of("PERFORMANCE", "80.00"), null, null, -1)));

        StatementReport.Content content = StatementReport.of(results, CHINESE);

        assertThat(content.parameters()).containsEntry("Section1", "绩效").containsEntry("Section2", "评估")
                .doesNotContainKey("Section3")
                .containsEntry("Average1", new BigDecimal("85.50")).containsEntry("Average2", new BigDecimal("88.00"))
                .containsEntry("AverageTotal", new BigDecimal("90.10"))
                .containsEntry("Participants", 2).containsEntry("Scored", 1)
                .containsEntry("Count1", 1).containsEntry("Share1", "100.0%").containsEntry("Share2", "0.0%");
        StatementLine first = content.lines().getFirst();
        assertThat(first.getS1()).isEqualByComparingTo("91.00");
        assertThat(first.getS2()).isEqualByComparingTo("88.00");
        assertThat(first.getS3()).isNull();
        assertThat(first.getLevel()).isEqualTo("优秀");
        assertThat(first.getGradeChange()).isEqualTo("调整 +1 级，建议 5 级");
        assertThat(content.lines().get(1).getTotal()).isNull();
        assertThat(content.lines().get(1).getGradeChange()).isEqualTo("调整 -1 级，建议 3 级");
    }

    @Test
    void sharesAreOfTheScoredFormsRoundedToOneDecimal() {
        assertThat(StatementReport.share(1, 3)).isEqualTo("33.3%");
        assertThat(StatementReport.share(2, 3)).isEqualTo("66.7%");
        assertThat(StatementReport.share(0, 0)).isEqualTo("—");
    }

    @Test
    void aTemplateWithMoreScoredSectionsThanColumnsIsRefused() {
        SectionDefinition model = StandardTemplates.backOffice().sections().getFirst();
        List<SectionDefinition> sections = IntStream.rangeClosed(0, StatementReport.SECTION_COLUMNS)
                .mapToObj(n -> new SectionDefinition("S" + n, model.title(), model.weight(), model.items())).toList();
        TemplateDefinition wide = new TemplateDefinition("WIDE", LocalizedText.of("宽表", "Wide"), 1, PeriodKind.MONTH,
                sections, LevelScale.defaults());

        assertThatThrownBy(() -> StatementReport.of(results(wide, List.of()), CHINESE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 8");
    }

    private static CycleResults results(TemplateDefinition template, List<CycleResults.Row> rows) {
        return new CycleResults(9, "2026年第三季度大客户部考核", PeriodKind.QUARTER, AppraisalPrintFixtures.Q3_START,
                AppraisalPrintFixtures.Q3_END, template, null, null, rows, null);
    }

    private static CycleResults.Row row(int rank, String name, Map<String, String> sections, String total,
            ResultLevel level, int gradeChange) {
        Map<String, BigDecimal> scores = new HashMap<>();
        sections.forEach((code, score) -> scores.put(code, new BigDecimal(score)));
        return new CycleResults.Row(rank, rank, name, "KA-" + rank, "大客户部", "大客户经理", "刘洋", FormStatus.FINAL,
                scores, total == null ? null : new BigDecimal(total), level, total == null ? null : rank, null, null,
                gradeChange, 4 + gradeChange, 1);
    }
}
