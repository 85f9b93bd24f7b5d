package com.keyaccount.portal.appraisal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.AppraisalTestData;
import com.keyaccount.portal.appraisal.BandLevel;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormStatus;
import com.keyaccount.portal.appraisal.FormSummary;
import com.keyaccount.portal.appraisal.KpiSource;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.appraisal.StandardTemplates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Calibration of a monthly cycle of three signed forms (销售代表月度考核表) with a rule of at most 20 % 优秀: ranks,
 * section columns, the distribution as chart and table, the rule's warning, and bulk approval that needs the warning
 * acknowledged and reports each refused form.
 */
@WithUserDetails("chenzhiqiang")
class CalibrationViewTest extends ViewTestBase {

    @Autowired
    AppraisalTestData data;
    @Autowired
    AppraisalFormService forms;
    @Autowired
    DemoUsers demo;

    private long cycleId;

    /** Sales actual, other-indicator actual and the three daily-work bands of one reviewer's scoring. */
    private static FormAnswers scores(String sales, String other, BandLevel band, String bandScore) {
        FormAnswers.BandAnswer daily = new FormAnswers.BandAnswer(null, null, band, new BigDecimal(bandScore), null);
        return FormAnswers.empty()
                .withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(new BigDecimal("100000"), new BigDecimal(sales),
                        null, KpiSource.TYPED))
                .withKpi("OTHER_INDICATORS", new FormAnswers.KpiAnswer(new BigDecimal("20"), new BigDecimal(other),
                        null, KpiSource.TYPED))
                .withBand("EVERYDAY_CONDUCT", daily).withBand("CUSTOMER_MAINTENANCE", daily)
                .withBand("MARKET_MANAGEMENT", daily);
    }

    private void signed(String login, String reviewer, FormAnswers answers) {
        FormSummary form = demo.as(login, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .orElseThrow();
        long v1 = demo.as(login, () -> forms.submitSelfAssessment(form.id(), forms.form(form.id()).version()));
        demo.run(reviewer, () -> {
            long v2 = forms.saveScores(form.id(), v1, answers);
            forms.sign(form.id(), forms.submitScores(form.id(), v2));
        });
    }

    @BeforeEach
    void threeSignedForms() {
        LocalDate start = AppraisalTestData.nextPeriod();
        cycleId = data.draftCycle("校准 " + start, StandardTemplates.salesRepMonthly(), start, new BigDecimal("20"));
        data.open(cycleId, List.of(data.employeeId("HD0005"), data.employeeId("HD0008"), data.employeeId("HD0009")));
        // 50 % × 95 + 20 % × 120 (capped) + 30 % × 90 = 98.50 优秀
        signed("lina", "liuyang", scores("95000", "25", BandLevel.EXCEEDS, "90"));
        // 50 % × 85 + 20 % × 100 + 30 % × 80 = 86.50 良好
        signed("zhoujie", "zhaomin", scores("85000", "20", BandLevel.MEETS, "80"));
        // 50 % × 60 + 20 % × 75 + 30 % × 70 = 66.00 及格
        signed("wufang", "zhaomin", scores("60000", "15", BandLevel.APPROACHES, "70"));
    }

    private CalibrationView open() {
        return navigate("appraisals/cycles/" + cycleId + "/calibration", CalibrationView.class);
    }

    @Test
    void theFormsAreRankedWithTheirSectionScoresAndTheDistribution() {
        CalibrationView view = open();

        assertThat(view.grid.getListDataView().getItems().map(CycleResults.Row::employeeName))
                .containsExactly("李娜", "周杰", "吴芳");
        assertThat(view.grid.getListDataView().getItems().map(CycleResults.Row::rank)).containsExactly(1, 2, 3);
        assertThat(test(view.grid).getHeaderCell(4)).isEqualTo("销售目标指标");
        assertThat(test(view.grid).getHeaderCell(6)).isEqualTo("日常工作指标");
        assertThat(test(view.grid).getHeaderCell(7)).isEqualTo("综合得分");
        assertThat(test(view.grid).getCellText(0, 7)).isEqualTo("98.5");
        assertThat(test(view.grid).getCellText(2, 3)).isEqualTo("待审批");

        assertThat(view.distribution.table.getListDataView().getItems().toList()).containsExactly(
                new DistributionPanel.LevelShare(ResultLevel.EXCELLENT, 1, new BigDecimal("33.3")),
                new DistributionPanel.LevelShare(ResultLevel.GOOD, 1, new BigDecimal("33.3")),
                new DistributionPanel.LevelShare(ResultLevel.AVERAGE, 0, new BigDecimal("0.0")),
                new DistributionPanel.LevelShare(ResultLevel.PASS, 1, new BigDecimal("33.3")),
                new DistributionPanel.LevelShare(ResultLevel.FAIL, 0, new BigDecimal("0.0")));
        assertThat(test(view.distribution.table).getCellText(0, 2)).isEqualTo("33.3%");
        assertThat(view.distribution.chart.getOptionJson()).contains("\"type\":\"bar\"").contains("优秀")
                .contains("等级分布");
        assertThat(view.warning.isVisible()).isTrue();
        assertThat(view.warning.getText()).isEqualTo("优秀 1 人，占已评定 3 人的 33.33%，超过本周期规定的上限 20%。");

        view.order.setValue(CycleResultsOrder.NAME);
        assertThat(view.grid.getListDataView().getItems().map(CycleResults.Row::employeeName))
                .containsExactly("李娜", "吴芳", "周杰");
        view.order.setValue(CycleResultsOrder.RANK);
        assertThat(view.department.getListDataView().getItems().map(d -> d.name()))
                .containsExactly("大客户一组", "大客户二组");
        view.department.setValue(view.department.getListDataView().getItems().toList().get(1));
        assertThat(view.grid.getListDataView().getItems().map(row -> row.employeeName() + " " + row.rank()))
                .containsExactly("周杰 1", "吴芳 2");
        assertThat(view.warning.isVisible()).as("no 优秀 in 大客户二组").isFalse();
    }

    @Test
    void bulkApprovalNeedsTheWarningAcknowledgedAndReportsEachRefusal() {
        CalibrationView view = open();
        for (int row = 0; row < 3; row++) {
            test(view.grid).select(row);
        }
        assertThat(view.approve.isEnabled()).isTrue();
        // meanwhile 周杰's form is approved on its own: the version the head saw is stale
        CycleResults.Row zhoujie = view.grid.getListDataView().getItems()
                .filter(row -> row.employeeName().equals("周杰")).findFirst().orElseThrow();
        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.approve(zhoujie.formId(), zhoujie.version()));

        test(view.approve).click();
        BulkApproveDialog dialog = find(BulkApproveDialog.class).single();
        assertThat(dialog.warningText.getText()).contains("超过本周期规定的上限 20%");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        dialog.acknowledge.setValue(true);
        assertThat(dialog.confirm.isEnabled()).isTrue();
        test(dialog.confirm).click();

        assertThat(view.outcome.getElement().getTextRecursively()).contains("已审批 2 份考核表")
                .contains("周杰：该考核表已被他人修改，请刷新后重试");
        assertThat(view.grid.getListDataView().getItems().map(CycleResults.Row::status))
                .containsOnly(FormStatus.FINAL);
        assertThat(view.approve.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("wangjianguo")
    void theGeneralManagerCalibratesEveryDepartment() {
        CalibrationView view = open();
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(view.department.getListDataView().getItems().map(d -> d.name()))
                .containsExactly("大客户一组", "大客户二组");
        assertThat(test(view.grid).getCellText(1, 7)).isEqualTo("86.5");
    }
}
