package com.keyaccount.portal.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormScoring;
import com.keyaccount.portal.appraisal.Scorecard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows and parameters a scorecard becomes, without rendering. */
class ScorecardReportTest {

    private static final PrintContext CHINESE = AppraisalPrintFixtures.context(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aBandedIndicatorCarriesAllFourBandsAndMarksTheChosenOne() {
        ScorecardReport.Content content = ScorecardReport.of(AppraisalPrintFixtures.bandedScorecard(), CHINESE);

        ScorecardLine first = lines(content, "BAND").getFirst();
        assertThat(first.getName()).isEqualTo("沟通效果");
        assertThat(first.getChosen()).isEqualTo(1);
        assertThat(first.getBand1()).startsWith("【选定】 90–100*\n与下属沟通顺畅");
        assertThat(first.getBand2()).startsWith("75–89*\n与下属保持良好的关系");
        assertThat(first.getBand4()).startsWith("0–59*\n难以和下属沟通");
        assertThat(first.getScore()).isEqualTo("95.00");
        assertThat(first.getComment()).isEqualTo("自评：超出目标 95.00 · 评语：沟通顺畅，下属愿意主动沟通");
        assertThat(lines(content, "BAND_HEAD")).hasSize(1);
        assertThat(content.parameters()).containsEntry("DefaultsNote", "* 原表未给出，为系统默认值，可修改")
                .containsEntry("Rank", "2").containsEntry("Previous", "82.50 良好").containsEntry("SealBroken", false);
    }

    @Test
    void aKpiRowShowsTargetActualRateScoreAndSource() {
        Scorecard card = AppraisalPrintFixtures.salesRepScorecard();
        ScorecardReport.Content content = ScorecardReport.of(card, CHINESE);

        ScorecardLine sales = lines(content, "KPI").getFirst();
        assertThat(sales.getName()).isEqualTo("销售目标指标");
        assertThat(sales.getWeight()).isEqualTo("100%");
        assertThat(sales.getTarget()).isEqualTo("500,000");
        assertThat(sales.getActual()).isEqualTo("475,000");
        assertThat(sales.getRate()).isEqualTo("95.00%");
        assertThat(sales.getScore()).isEqualTo(PrintFormats.score(card.result().kpis().get("SALES_TARGET").score()));
        assertThat(sales.getSource()).isEqualTo("销售月报");
        assertThat(lines(content, "SECTION")).extracting(ScorecardLine::getName, ScorecardLine::getWeight)
                .containsExactly(tuple("销售目标指标", "50%*"),
                        tuple("其他指标", "20%*"),
                        tuple("日常工作指标", "30%*"));
        assertThat(content.parameters()).containsEntry("ApprovedBy", "未审批").containsEntry("GradeChange", null);
    }

    @Test
    void theAnnualFormShowsTheHalfYearResultUnderTheActual() {
        ScorecardReport.Content content = ScorecardReport.of(AppraisalPrintFixtures.annualScorecard(), CHINESE);

        ScorecardLine first = lines(content, "KPI").getFirst();
        assertThat(first.getActual()).isEqualTo("105\n(半年 50)");
        assertThat(first.getDepartment()).isEqualTo("销售计划部");
        assertThat(content.parameters()).containsEntry("SignedBy", "未签字").containsEntry("Rank", "—");
    }

    @Test
    void textPointsAndOpinionsKeepTheTemplatesOrderWithPendingDepartments() {
        ScorecardReport.Content content = ScorecardReport.of(AppraisalPrintFixtures.quarterlyReportScorecard(),
                CHINESE);

        assertThat(lines(content, "TEXT")).hasSize(12).first().satisfies(point -> {
            assertThat(point.getName()).isEqualTo("目标完成");
            assertThat(point.getRemarks()).isEqualTo("附销售明细表");
            assertThat(point.getComment()).isEqualTo("情况属实，继续保持");
        });
        assertThat(lines(content, "OPINION")).extracting(ScorecardLine::getDepartment)
                .containsExactly("客户服务部", "行政部", "企划部", "物流部", "其他");
        assertThat(lines(content, "OPINION").getLast().getComment()).isEqualTo("待填写");
        assertThat(lines(content, "OPINION").getFirst().getTime()).isEqualTo("2026-10-05 11:00");
        assertThat(lines(content, "SCORE")).extracting(ScorecardLine::getScore)
                .containsExactly("88.00", "80.00", "84.00", "86.50");
    }

    @Test
    void theCompositeListsItsPartsAndTheSealWarning() {
        Scorecard card = AppraisalPrintFixtures.compositeScorecard();
        ScorecardReport.Content content = ScorecardReport.of(card, CHINESE);

        assertThat(lines(content, "PART")).extracting(ScorecardLine::getName)
                .containsExactly("绩效得分", "评估得分", "学历分", "工龄分");
        assertThat(lines(content, "SECTION").getLast().getScore()).as("the composite section has no own score")
                .isNull();
        assertThat(content.parameters()).containsEntry("TotalLabel", "综合得分")
                .containsEntry("Total", PrintFormats.score(card.result().total()))
                .containsEntry("SealBroken", true).containsEntry("ApprovedBy", "黄强")
                .containsEntry("GradeChange", ScorecardReport.gradeChange(CHINESE.labels(),
                        card.result().gradeChange().orElseThrow().change(),
                        card.result().gradeChange().orElseThrow().suggestedGrade()));
        assertThat((String) content.parameters().get("GradeChange")).contains("建议 ");
    }

    @Test
    void anIncompleteFormSaysWhatIsMissing() {
        Scorecard full = AppraisalPrintFixtures.salesRepScorecard();
        var answers = full.answers().withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(
                new BigDecimal("500000"), null, null, null));
        var result = FormScoring.score(full.template(), answers, List.of(),
                new FormScoring.Context(null, null, full.periodEnd(), null, null));
        Scorecard partial = new Scorecard(full.formId(), full.cycleId(), full.cycleName(), full.period(),
                full.periodStart(), full.periodEnd(), full.template(), full.employeeName(), full.employeeNo(),
                full.departmentName(), full.position(), full.reviewerName(), full.status(), answers, List.of(),
                result, null, null, null, null, null, true);

        ScorecardReport.Content content = ScorecardReport.of(partial, CHINESE);

        assertThat(content.parameters()).containsEntry("Total", "—")
                .containsEntry("Incomplete", "尚未评完：销售目标指标：请填写实际完成量");
        assertThat(lines(content, "KPI").getFirst().getRate()).isEqualTo("—");
    }

    @Test
    void englishLabelsAndTemplateNames() {
        ScorecardReport.Content content = ScorecardReport.of(AppraisalPrintFixtures.compositeScorecard(),
                AppraisalPrintFixtures.context(Locale.ENGLISH));

        Map<String, Object> parameters = content.parameters();
        assertThat(parameters).containsEntry("Title", "Key account manager quarterly composite appraisal")
                .containsEntry("TotalLabel", "Composite score").containsEntry("Status", "Final")
                .containsEntry("PrintedBy", "Printed by 陈志强")
                .containsEntry("DefaultsNote", "* Not given on the paper form: the portal's default, editable");
        assertThat(lines(content, "PART")).extracting(ScorecardLine::getName)
                .containsExactly("Performance score", "Assessment score", "Education score", "Seniority score");
    }

    private static List<ScorecardLine> lines(ScorecardReport.Content content, String kind) {
        return content.lines().stream().filter(line -> line.getKind().equals(kind)).toList();
    }
}
