package com.keyaccount.portal.appraisal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.BandLevel;
import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormDetail;
import com.keyaccount.portal.appraisal.FormStatus;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The appraisal form offers each person their part of the workflow (000 销售代表月度考核表, 区域经理季度述职考评表): the
 * employee's self-assessment, the reviewer's scoring with KPI rates and the total, a related department's opinion, the
 * signature and the approval; the employee sees no scores before the form is final.
 */
class AppraisalFormViewTest extends ViewTestBase {

    @Autowired
    AppraisalForms fixtures;
    @Autowired
    AppraisalFormService forms;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcTemplate jdbc;

    private AppraisalFormView open(long formId) {
        return navigate(AppraisalFormView.route(formId), AppraisalFormView.class);
    }

    private BandEditor band(AppraisalFormView view, String code) {
        return view.sections.bands.stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("lina")
    void theEmployeeWritesTheSelfAssessmentSavesItAndSubmitsIt() {
        long formId = fixtures.open(StandardTemplates.salesRepMonthly(), "HD0005", AppraisalForms.LINA);
        AppraisalFormView view = open(formId);
        BandEditor conduct = band(view, "EVERYDAY_CONDUCT");
        assertThat(conduct.selfScore.isReadOnly()).isFalse();
        assertThat(conduct.band.getParent()).as("no reviewer fields for the employee").isEmpty();
        assertThat(view.actions.submitSelf.isVisible()).isTrue();
        assertThat(view.actions.submitScores.isVisible()).isFalse();
        assertThat(view.actions.print.isVisible()).as("the employee prints only the final form").isFalse();

        test(conduct.selfScore).setValue(new BigDecimal("85"));
        assertThat(conduct.selfBand.getValue()).as("the band preselected from the score").isEqualTo(BandLevel.MEETS);
        KpiTable kpis = view.sections.kpis.getFirst();
        assertThat(kpis.targets.get("SALES_TARGET").isReadOnly()).isTrue();
        test(kpis.actuals.get("SALES_TARGET")).setValue(new BigDecimal("88000"));
        test(view.actions.save).click();

        FormDetail saved = fixtures.detail(AppraisalForms.LINA, formId);
        assertThat(saved.scorecard().answers().band("EVERYDAY_CONDUCT").selfBand()).isEqualTo(BandLevel.MEETS);
        assertThat(saved.scorecard().answers().band("EVERYDAY_CONDUCT").selfScore()).isEqualByComparingTo("85");
        assertThat(saved.scorecard().answers().kpi("SALES_TARGET").actual()).isEqualByComparingTo("88000");
        assertThat(notificationTexts()).contains("已保存");

        test(view.actions.submitSelf).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(fixtures.detail(AppraisalForms.LINA, formId).scorecard().status())
                .isEqualTo(FormStatus.SELF_ASSESSED);
        assertThat(view.header.status.getText()).isEqualTo("上级评分");
        assertThat(band(view, "EVERYDAY_CONDUCT").selfScore.isReadOnly()).isTrue();
        assertThat(view.actions.save.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("liuyang")
    void everyStandardTemplateOpensWithAllItsSectionsForTheReviewer() {
        for (TemplateDefinition template : StandardTemplates.all()) {
            long formId = fixtures.submitted(template);
            AppraisalFormView view = open(formId);
            assertThat(view.sections).as(template.code()).isNotNull();
            assertThat(view.sections.getChildren().count()).as(template.code())
                    .isEqualTo(template.sections().size());
            assertThat(view.actions.submitScores.isVisible()).as(template.code()).isTrue();
            boolean annual = template.period() == PeriodKind.YEAR;
            view.sections.kpis.forEach(table -> assertThat(table.halfYears.isEmpty()).as(template.code())
                    .isEqualTo(!annual));
        }
    }

    @Test
    @WithUserDetails("liuyang")
    void theReviewerScoresAndSeesEachKpiRateAndTheTotal() {
        long formId = fixtures.submitted(StandardTemplates.salesRepMonthly());
        AppraisalFormView view = open(formId);
        assertThat(view.actions.submitScores.isVisible()).isTrue();
        assertThat(view.actions.fillKpis.isVisible()).isTrue();
        assertThat(view.actions.print.isVisible()).isTrue();
        KpiTable sales = view.sections.kpis.get(0);
        KpiTable other = view.sections.kpis.get(1);
        test(sales.targets.get("SALES_TARGET")).setValue(new BigDecimal("100000"));
        test(sales.actuals.get("SALES_TARGET")).setValue(new BigDecimal("95000"));
        test(other.targets.get("OTHER_INDICATORS")).setValue(new BigDecimal("20"));
        test(other.actuals.get("OTHER_INDICATORS")).setValue(new BigDecimal("25"));
        test(band(view, "EVERYDAY_CONDUCT").score).setValue(new BigDecimal("80"));
        test(band(view, "EVERYDAY_CONDUCT").comment).setValue("按时提交日报");
        test(band(view, "CUSTOMER_MAINTENANCE").score).setValue(new BigDecimal("92"));
        test(band(view, "MARKET_MANAGEMENT").score).setValue(new BigDecimal("78"));
        test(view.actions.save).click();

        // 95 000 / 100 000 = 95 % → 95; 25 / 20 = 125 % capped at 120 % → 120; bands (80 + 92 + 78) / 3 = 83.33;
        // 50 % × 95 + 20 % × 120 + 30 % × 83.33 = 96.50
        KpiTable reloaded = view.sections.kpis.get(0);
        assertThat(reloaded.rates.get("SALES_TARGET").getText()).isEqualTo("95.00%");
        assertThat(reloaded.scores.get("SALES_TARGET").getText()).isEqualTo("95.00");
        assertThat(view.sections.kpis.get(1).rates.get("OTHER_INDICATORS").getText()).isEqualTo("125.00%");
        assertThat(band(view, "EVERYDAY_CONDUCT").band.getValue()).isEqualTo(BandLevel.MEETS);
        assertThat(view.result.total.getText()).isEqualTo("96.50");
        assertThat(view.result.level.getText()).isEqualTo("优秀");

        test(view.actions.submitScores).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(fixtures.detail(DemoUsers.MANAGER, formId).scorecard().status()).isEqualTo(FormStatus.SCORED);
        assertThat(view.actions.sign.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("liuyang")
    void aScoreOutsideItsBandIsRefusedWithTheLocalizedMessageAndTheInputIsKept() {
        long formId = fixtures.submitted(StandardTemplates.salesRepMonthly());
        AppraisalFormView view = open(formId);
        BandEditor conduct = band(view, "EVERYDAY_CONDUCT");
        test(conduct.score).setValue(new BigDecimal("50"));
        test(conduct.band).selectItem("超出目标");
        test(conduct.comment).setValue("需加强");
        test(view.actions.save).click();

        assertThat(conduct.score.isInvalid()).isTrue();
        assertThat(conduct.score.getErrorMessage()).isEqualTo("平时表现：分数 50 不在所选档次的范围内（90 至 100）");
        assertThat(notificationTexts()).contains("有填写不正确的分数，请按提示修改后再保存");
        assertThat(band(view, "EVERYDAY_CONDUCT")).as("the form was not rebuilt").isSameAs(conduct);
        assertThat(conduct.score.getValue()).isEqualByComparingTo("50");
        assertThat(conduct.comment.getValue()).isEqualTo("需加强");
        assertThat(fixtures.detail(DemoUsers.MANAGER, formId).scorecard().answers().band("EVERYDAY_CONDUCT").score())
                .as("nothing saved").isNull();
    }

    @Test
    @WithUserDetails("liuyang")
    void aStaleVersionShowsTheConcurrentEditMessageAndReloadsOnRequest() {
        long formId = fixtures.submitted(StandardTemplates.salesRepMonthly());
        AppraisalFormView view = open(formId);
        test(band(view, "MARKET_MANAGEMENT").score).setValue(new BigDecimal("60"));
        demo.run(DemoUsers.MANAGER, () -> forms.saveScores(formId, forms.form(formId).version(),
                AppraisalForms.monthlyScores()));
        test(view.actions.save).click();

        assertThat(view.stale.isVisible()).isTrue();
        assertThat(view.stale.getElement().getTextRecursively()).contains("该记录已被其他人修改");
        assertThat(band(view, "MARKET_MANAGEMENT").score.getValue()).as("the input is kept").isEqualByComparingTo("60");
        test(find(Button.class).withText("重新载入").single()).click();
        assertThat(band(view, "MARKET_MANAGEMENT").score.getValue()).isEqualByComparingTo("78");
        assertThat(view.stale.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("linfeng")
    void aRelatedDepartmentHeadGivesTheirOpinionInADialog() {
        long formId = fixtures.open(StandardTemplates.regionalManagerQuarterlyReport(), "HD0003",
                DemoUsers.MANAGER);
        demo.run(DemoUsers.MANAGER, () -> forms.submitSelfAssessment(formId, forms.form(formId).version()));
        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> {
            FormDetail detail = forms.form(formId);
            FormAnswers scores = FormAnswers.empty();
            for (String code : new String[] {"WORK_SUMMARY", "PROBLEM_ANALYSIS", "NEXT_PLAN"}) {
                scores = scores.withText(code, new FormAnswers.TextAnswer(List.of(), new BigDecimal("85")));
            }
            long v = forms.saveScores(formId, detail.version(), scores);
            forms.submitScores(formId, v);
        });
        AppraisalFormView view = open(formId);
        assertThat(view.actions.save.isVisible()).isFalse();
        OpinionsPanel opinions = view.sections.opinions.getFirst();
        assertThat(opinions.giveButtons).hasSize(1);

        test(opinions.giveButtons.getFirst()).click();
        OpinionDialog dialog = find(OpinionDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.comment.isInvalid()).isTrue();
        assertThat(dialog.comment.getErrorMessage()).isEqualTo("请填写部门意见");
        test(dialog.comment).setValue("配合积极，响应及时");
        test(dialog.score).setValue(new BigDecimal("101"));
        test(dialog.confirm).click();
        assertThat(dialog.score.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.score).setValue(new BigDecimal("90"));
        test(dialog.confirm).click();
        FormDetail after = fixtures.detail("linfeng", formId);
        assertThat(after.opinions()).filteredOn(o -> o.entry().given()).singleElement()
                .satisfies(o -> {
                    assertThat(o.entry().departmentLabel().zh()).isEqualTo("客户服务部");
                    assertThat(o.entry().comment()).isEqualTo("配合积极，响应及时");
                    assertThat(o.entry().score()).isEqualByComparingTo("90");
                    assertThat(o.entry().signedBy()).isEqualTo("林峰");
                });
        assertThat(view.sections.opinions.getFirst().giveButtons).isEmpty();
    }

    @Test
    @WithUserDetails("linfeng")
    void aRelatedDepartmentHeadDelegatesTheOpinionToAColleague() {
        long formId = fixtures.open(StandardTemplates.regionalManagerQuarterlyReport(), "HD0003",
                DemoUsers.MANAGER);
        demo.run(DemoUsers.MANAGER, () -> forms.submitSelfAssessment(formId, forms.form(formId).version()));
        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> {
            FormAnswers scores = FormAnswers.empty();
            for (String code : new String[] {"WORK_SUMMARY", "PROBLEM_ANALYSIS", "NEXT_PLAN"}) {
                scores = scores.withText(code, new FormAnswers.TextAnswer(List.of(), new BigDecimal("85")));
            }
            long v = forms.saveScores(formId, forms.form(formId).version(), scores);
            forms.submitScores(formId, v);
        });
        AppraisalFormView view = open(formId);
        OpinionsPanel opinions = view.sections.opinions.getFirst();
        assertThat(opinions.delegateButtons).hasSize(1);

        test(opinions.delegateButtons.getFirst()).click();
        DelegateDialog dialog = find(DelegateDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.delegate.isInvalid()).isTrue();
        assertThat(dialog.delegate.getErrorMessage()).isEqualTo("请选择受托填写意见的人员");
        dialog.delegate.setValue(dialog.delegate.getListDataView().getItems()
                .filter(option -> option.employeeNo().equals("HD0014")).findFirst().orElseThrow());
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isFalse();
        FormDetail.OpinionView delegated = fixtures.detail("mali", formId).opinions().stream()
                .filter(FormDetail.OpinionView::mine).findFirst().orElseThrow();
        assertThat(delegated.entry().departmentLabel().zh()).isEqualTo("客户服务部");
        assertThat(view.sections.opinions.getFirst().giveButtons).as("the head no longer gives it himself").isEmpty();
    }

    @Test
    @WithUserDetails("liuyang")
    void theReviewerSignsWhenItIsTheirTurnAndCannotApprove() {
        long formId = fixtures.salesRepScored();
        AppraisalFormView view = open(formId);
        assertThat(view.actions.sign.isVisible()).isTrue();
        assertThat(view.actions.approve.isVisible()).isFalse();
        assertThat(view.seal.getElement().getTextRecursively()).contains("考评人尚未签字");

        test(view.actions.sign).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message")).contains("SHA-256");
        test(confirm).confirm();

        FormDetail signed = fixtures.detail(DemoUsers.MANAGER, formId);
        assertThat(signed.scorecard().status()).isEqualTo(FormStatus.SIGNED);
        assertThat(view.actions.sign.isVisible()).isFalse();
        assertThat(view.actions.approve.isVisible()).isFalse();
        assertThat(view.seal.getElement().getTextRecursively()).contains("刘洋", signed.scorecard().signature().hash());
        assertThat(view.seal.warning.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("chenzhiqiang")
    void theDepartmentHeadApprovesASignedFormOrReturnsItWithAReason() {
        long formId = fixtures.salesRepScored();
        demo.run(DemoUsers.MANAGER, () -> forms.sign(formId, forms.form(formId).version()));
        AppraisalFormView view = open(formId);
        assertThat(view.actions.approve.isVisible()).isTrue();
        assertThat(view.actions.sendBack.isVisible()).isTrue();
        assertThat(view.actions.sign.isVisible()).isFalse();

        test(view.actions.sendBack).click();
        ReasonDialog dialog = find(ReasonDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(fixtures.detail(DemoUsers.DEPARTMENT_HEAD, formId).scorecard().status())
                .isEqualTo(FormStatus.SIGNED);
        test(dialog).close();

        test(view.actions.approve).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(fixtures.detail(DemoUsers.DEPARTMENT_HEAD, formId).scorecard().status())
                .isEqualTo(FormStatus.FINAL);
        assertThat(view.actions.approve.isVisible()).isFalse();
        assertThat(view.actions.reopen.isVisible()).isTrue();
        assertThat(view.header.status.getText()).isEqualTo("已定稿");
    }

    @Test
    @WithUserDetails("chenzhiqiang")
    void aFormChangedAfterSigningShowsAClearWarning() {
        long formId = fixtures.salesRepScored();
        demo.run(DemoUsers.MANAGER, () -> forms.sign(formId, forms.form(formId).version()));
        String answers = jdbc.queryForObject("select answers from appraisal_form where id = ?", String.class, formId);
        jdbc.update("update appraisal_form set answers = ? where id = ?", answers.replace("95000", "99000"), formId);

        AppraisalFormView view = open(formId);
        assertThat(view.seal.warning.isVisible()).isTrue();
        assertThat(view.seal.warning.getElement().getTextRecursively()).contains("签字后内容已被修改");
        test(view.actions.approve).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(notificationTexts()).contains("考核表内容与签字时的哈希值不符：签字后已被修改");
        assertThat(fixtures.detail(DemoUsers.DEPARTMENT_HEAD, formId).scorecard().status())
                .isEqualTo(FormStatus.SIGNED);
    }

    @Test
    @WithUserDetails("lina")
    void theEmployeeSeesNoScoresBeforeTheFormIsFinal() {
        long formId = fixtures.salesRepScored();
        AppraisalFormView view = open(formId);
        assertThat(view.result).isNull();
        assertThat(view.getElement().getTextRecursively()).contains("分数、评语和结果在考核表定稿后可见")
                .doesNotContain("96.50", "按时提交日报");
        assertThat(view.sections.kpis.getFirst().rates).isEmpty();
        assertThat(band(view, "EVERYDAY_CONDUCT").band.getParent()).isEmpty();
        assertThat(view.actions.print.isVisible()).isFalse();
        assertThat(view.actions.save.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("lina")
    void theEmployeeSeesTheResultAndMayPrintOnceFinal() {
        long formId = fixtures.salesRepScored();
        demo.run(DemoUsers.MANAGER, () -> forms.sign(formId, forms.form(formId).version()));
        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.approve(formId, forms.form(formId).version()));
        AppraisalFormView view = open(formId);
        assertThat(view.result.total.getText()).isEqualTo("96.50");
        assertThat(view.result.level.getText()).isEqualTo("优秀");
        assertThat(view.actions.print.isVisible()).isTrue();
        assertThat(band(view, "EVERYDAY_CONDUCT").comment.getValue()).isEqualTo("按时提交日报");
    }
}
