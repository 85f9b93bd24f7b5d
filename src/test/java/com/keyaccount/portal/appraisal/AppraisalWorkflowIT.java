package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.CustomerActivityService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The whole appraisal workflow through the services on both databases (000 销售代表月度考核表, 区域经理季度述职考评表):
 * self-assessment → scoring with KPI actuals from the customer directory → related departments' opinions in parallel →
 * signature with its SHA-256 → approval; return and resubmit; reopen keeping the signed version; tampering detected;
 * every out-of-turn move refused at the service with who it waits for; concurrent saves refused, never overwritten.
 */
class AppraisalWorkflowIT extends AbstractIntegrationTest {

    private static final String LINA = "lina";
    private static final String ZHOUJIE = "zhoujie";
    private static final String LINFENG = "linfeng";

    @Autowired
    AppraisalTestData data;
    @Autowired
    AppraisalFormService forms;
    @Autowired
    AppraisalQueryService queries;
    @Autowired
    CustomerActivityService activity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoUsers demo;

    private FormDetail form(String login, long formId) {
        return demo.as(login, () -> forms.form(formId));
    }

    private long formOf(String login) {
        return demo.as(login, forms::myForms).getFirst().id();
    }

    private static FormAnswers monthlyScores() {
        return FormAnswers.empty()
                .withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(new BigDecimal("100000"), new BigDecimal("95000"),
                        null, KpiSource.TYPED))
                .withKpi("OTHER_INDICATORS", new FormAnswers.KpiAnswer(new BigDecimal("20"), new BigDecimal("25"),
                        null, KpiSource.TYPED))
                .withBand("EVERYDAY_CONDUCT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("80"), "按时提交日报"))
                .withBand("CUSTOMER_MAINTENANCE", new FormAnswers.BandAnswer(null, null, BandLevel.EXCEEDS,
                        new BigDecimal("92"), "客户回访及时"))
                .withBand("MARKET_MANAGEMENT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("78"), null));
    }

    @Test
    void aMonthlyKpiFormGoesFromSelfAssessmentToFinalAndIsReopenedKeepingItsSignature() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("销售代表月度考核 " + start, StandardTemplates.salesRepMonthly(), start, null);
        long lina = data.employeeId("HD0005");
        assertThat(data.open(cycleId, List.of(lina))).isEqualTo(1);
        long formId = demo.as(LINA, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .orElseThrow().id();
        FormDetail draft = form(LINA, formId);
        assertThat(draft.scorecard().status()).isEqualTo(FormStatus.DRAFT);
        assertThat(draft.scorecard().reviewerName()).isEqualTo("刘洋");
        assertThat(draft.allowed().editSelf()).isTrue();

        long v = demo.as(LINA, () -> forms.saveSelfAssessment(formId, draft.version(), FormAnswers.empty()
                .withBand("EVERYDAY_CONDUCT", new FormAnswers.BandAnswer(BandLevel.MEETS, new BigDecimal("85"),
                        null, null, null))));
        assertThatThrownBy(() -> demo.run(LINA, () -> forms.saveScores(formId, v, monthlyScores())))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.refused.turn.EMPLOYEE");
        long submitted = demo.as(LINA, () -> forms.submitSelfAssessment(formId, v));
        assertThat(form(LINA, formId).allowed().editSelf()).isFalse();

        long filled = demo.as(DemoUsers.MANAGER, () -> forms.fillKpiActuals(formId, submitted));
        FormDetail withActuals = form(DemoUsers.MANAGER, formId);
        CustomerActivityService.CustomerActivity counted = demo.as(DemoUsers.MANAGER,
                () -> activity.activityOf(lina, start, start.plusMonths(1).minusDays(1)));
        assertThat(withActuals.scorecard().answers().kpi("SALES_TARGET").source()).isEqualTo(KpiSource.SALES);
        assertThat(withActuals.scorecard().answers().kpi("SALES_TARGET").actual()).isEqualByComparingTo(counted.sales());

        long scored = demo.as(DemoUsers.MANAGER, () -> forms.saveScores(formId, filled, monthlyScores()));
        FormDetail beforeSubmit = form(DemoUsers.MANAGER, formId);
        assertThat(beforeSubmit.scorecard().answers().band("EVERYDAY_CONDUCT").selfScore())
                .isEqualByComparingTo("85");
        // 销售目标 95 000 / 100 000 = 95 % × 100 → 95; 其他 25 / 20 capped at 120 % → 120; bands (80 + 92 + 78) / 3
        // = 83.33; total 50 % × 95 + 20 % × 120 + 30 % × 83.33 = 47.5 + 24 + 25.00 = 96.50
        assertThat(beforeSubmit.scorecard().result().sectionScores())
                .containsEntry("SALES_TARGET", new BigDecimal("95.00"))
                .containsEntry("OTHER_INDICATORS", new BigDecimal("120.00"))
                .containsEntry("DAILY_WORK", new BigDecimal("83.33"));
        assertThat(beforeSubmit.scorecard().result().total()).isEqualByComparingTo("96.50");
        assertThat(form(LINA, formId).scorecard().result().total()).as("the employee sees no score before final")
                .isNull();

        long inScoring = demo.as(DemoUsers.MANAGER, () -> forms.submitScores(formId, scored));
        assertThat(form(DemoUsers.MANAGER, formId).scorecard().status()).isEqualTo(FormStatus.SCORED);
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.approve(formId, inScoring)))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.refused.turn.REVIEWER");
        long signed = demo.as(DemoUsers.MANAGER, () -> forms.sign(formId, inScoring));
        FormDetail signedForm = form(DemoUsers.DEPARTMENT_HEAD, formId);
        assertThat(signedForm.scorecard().signature().hash()).matches("[0-9a-f]{64}");
        assertThat(signedForm.scorecard().signature().name()).isEqualTo("刘洋");
        assertThat(signedForm.scorecard().sealIntact()).isTrue();
        assertThat(signedForm.allowed().approve()).isTrue();
        assertThatThrownBy(() -> demo.run(LINA, () -> forms.approve(formId, signed)))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.refused.turn.APPROVER");

        long approved = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> forms.approve(formId, signed));
        FormSummary mine = demo.as(LINA, forms::myForms).stream().filter(f -> f.id() == formId).findFirst()
                .orElseThrow();
        assertThat(mine.status()).isEqualTo(FormStatus.FINAL);
        assertThat(mine.total()).isEqualByComparingTo("96.50");
        assertThat(mine.level()).isEqualTo(ResultLevel.EXCELLENT);
        assertThat(demo.as(LINA, () -> queries.scorecard(formId)).approval().name()).isEqualTo("陈志强");
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> forms.saveScores(formId, approved,
                monthlyScores()))).isInstanceOf(BusinessException.class).hasMessage("appraisal.refused.turn.NOBODY");

        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.reopen(formId, approved, " ")))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.reason.required");
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> forms.reopen(formId, approved, "补录")))
                .isInstanceOf(BusinessException.class);
        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.reopen(formId, approved, "销售数据补录"));
        FormDetail reopened = form(DemoUsers.MANAGER, formId);
        assertThat(reopened.scorecard().status()).isEqualTo(FormStatus.SELF_ASSESSED);
        assertThat(reopened.lastReason()).isEqualTo("销售数据补录");
        assertThat(reopened.scorecard().signature()).as("no signature in force after reopening").isNull();
        assertThat(jdbc.queryForObject("select count(*) from appraisal_signature where form_id = ? and superseded = ?",
                Long.class, formId, true)).as("the signed and approved versions are kept").isEqualTo(2);
        assertThat(reopened.history()).extracting(AppraisalFormEvent.FormEventLine::action)
                .containsExactly(FormAction.SUBMIT_SELF, FormAction.SUBMIT_SCORES, FormAction.SIGN,
                        FormAction.APPROVE, FormAction.REOPEN);
    }

    @Test
    void aQuarterlySelfReportCollectsEveryDepartmentsOpinionInParallelAndIsReturnedAndResubmitted() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("区域经理季度述职 " + start, StandardTemplates.regionalManagerQuarterlyReport(),
                start, null);
        long liuyang = data.employeeId("HD0003");
        data.open(cycleId, List.of(liuyang));
        long formId = demo.as(DemoUsers.MANAGER, forms::myForms).stream().filter(f -> f.cycleId() == cycleId)
                .findFirst().orElseThrow().id();
        TemplateDefinition template = form(DemoUsers.MANAGER, formId).scorecard().template();
        List<TextSection> texts = template.items().filter(TextSection.class::isInstance)
                .map(TextSection.class::cast).toList();
        FormAnswers written = FormAnswers.empty();
        for (TextSection text : texts) {
            written = written.withText(text.code(), new FormAnswers.TextAnswer(text.points().stream()
                    .map(p -> new FormAnswers.PointAnswer(p.zh() + "：本季度完成情况良好", "见附件", null)).toList(), null));
        }
        FormAnswers selfReport = written;
        long v1 = demo.as(DemoUsers.MANAGER, () -> forms.saveSelfAssessment(formId,
                form(DemoUsers.MANAGER, formId).version(), selfReport));
        long v2 = demo.as(DemoUsers.MANAGER, () -> forms.submitSelfAssessment(formId, v1));

        FormAnswers review = FormAnswers.empty();
        for (TextSection text : texts) {
            review = review.withText(text.code(), new FormAnswers.TextAnswer(text.points().stream()
                    .map(p -> new FormAnswers.PointAnswer(null, null, "属实")).toList(), new BigDecimal("85")));
        }
        FormAnswers scores = review;
        long v3 = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> forms.saveScores(formId, v2, scores));
        assertThat(form(DemoUsers.MANAGER, formId).scorecard().answers().text(texts.getFirst().code()).point(0).text())
                .as("the reviewer's save keeps the employee's text").endsWith("本季度完成情况良好");
        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.submitScores(formId, v3));
        FormDetail waiting = form(LINFENG, formId);
        assertThat(waiting.scorecard().status()).isEqualTo(FormStatus.OPINIONS);
        assertThat(waiting.opinions()).filteredOn(FormDetail.OpinionView::mine).hasSize(1);
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.sign(formId,
                form(DemoUsers.DEPARTMENT_HEAD, formId).version())))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.refused.turn.DEPARTMENTS");

        Map<String, String> heads = Map.of("客户服务部", LINFENG, "行政部", "gaojie", "企划部", "liangchen",
                "物流部", "songtao");
        FormDetail.OpinionView cs = mine(LINFENG, formId);
        assertThatThrownBy(() -> demo.run("gaojie", () -> forms.giveOpinion(cs.id(), cs.version(), "配合良好",
                new BigDecimal("90")))).isInstanceOf(BusinessException.class)
                .hasMessage("appraisal.refused.turn.DEPARTMENTS");
        assertThatThrownBy(() -> demo.run(LINFENG, () -> forms.giveOpinion(cs.id(), cs.version(), "配合良好",
                new BigDecimal("101")))).isInstanceOf(BusinessException.class)
                .hasMessage("appraisal.score.outOfRange");
        heads.forEach((department, login) -> {
            FormDetail.OpinionView opinion = mine(login, formId);
            assertThat(opinion.entry().departmentLabel().zh()).isEqualTo(department);
            demo.run(login, () -> forms.giveOpinion(opinion.id(), opinion.version(), department + "：配合积极",
                    new BigDecimal("88")));
        });
        assertThatThrownBy(() -> demo.run(LINFENG, () -> forms.giveOpinion(cs.id(), cs.version() + 1, "再次",
                new BigDecimal("80")))).isInstanceOf(BusinessException.class);
        FormDetail allIn = form(DemoUsers.DEPARTMENT_HEAD, formId);
        assertThat(allIn.scorecard().status()).isEqualTo(FormStatus.SCORED);
        assertThat(allIn.scorecard().result().sectionScores()).containsEntry("OPINIONS", new BigDecimal("88.00"));

        long signed = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> forms.sign(formId, allIn.version()));
        long returned = demo.as(DemoUsers.GENERAL_MANAGER, () -> forms.returnForm(formId, signed,
                FormStatus.SELF_ASSESSED, "工作总结评分偏高，请复核"));
        FormDetail back = form(DemoUsers.DEPARTMENT_HEAD, formId);
        assertThat(back.scorecard().status()).isEqualTo(FormStatus.SELF_ASSESSED);
        assertThat(back.lastReason()).isEqualTo("工作总结评分偏高，请复核");
        long rescored = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> forms.submitScores(formId, returned));
        assertThat(form(DemoUsers.DEPARTMENT_HEAD, formId).scorecard().status())
                .as("opinions already given are kept").isEqualTo(FormStatus.SCORED);
        long resigned = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> forms.sign(formId, rescored));
        demo.run(DemoUsers.GENERAL_MANAGER, () -> forms.approve(formId, resigned));
        assertThat(form(DemoUsers.MANAGER, formId).scorecard().status()).isEqualTo(FormStatus.FINAL);
    }

    @Test
    void aDepartmentHeadDelegatesTheOpinionToSomeoneWhoThenGivesIt() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("委托意见 " + start, StandardTemplates.regionalManagerQuarterlyReport(), start,
                null);
        data.open(cycleId, List.of(data.employeeId("HD0005")));
        long formId = demo.as(LINA, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .orElseThrow().id();
        long submitted = demo.as(LINA, () -> forms.submitSelfAssessment(formId, form(LINA, formId).version()));
        TemplateDefinition template = form(DemoUsers.MANAGER, formId).scorecard().template();
        FormAnswers review = FormAnswers.empty();
        for (TextSection text : template.items().filter(TextSection.class::isInstance).map(TextSection.class::cast)
                .toList()) {
            review = review.withText(text.code(), new FormAnswers.TextAnswer(List.of(), new BigDecimal("80")));
        }
        FormAnswers scores = review;
        long scored = demo.as(DemoUsers.MANAGER, () -> forms.saveScores(formId, submitted, scores));
        demo.run(DemoUsers.MANAGER, () -> forms.submitScores(formId, scored));

        FormDetail.OpinionView cs = mine(LINFENG, formId);
        assertThat(cs.delegable()).as("the 客户服务部 head may delegate").isTrue();
        assertThat(form("gaojie", formId).opinions()).filteredOn(o -> o.id() == cs.id())
                .extracting(FormDetail.OpinionView::delegable).containsExactly(false);
        long mali = data.employeeId("HD0014");
        assertThatThrownBy(() -> demo.run("gaojie", () -> forms.delegateOpinion(cs.id(), mali)))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.refused.turn.DEPARTMENTS");
        demo.run(LINFENG, () -> forms.delegateOpinion(cs.id(), mali));

        FormDetail.OpinionView delegated = mine("mali", formId);
        assertThat(delegated.id()).isEqualTo(cs.id());
        assertThat(form(LINFENG, formId).opinions()).filteredOn(o -> o.id() == cs.id())
                .extracting(FormDetail.OpinionView::mine).as("the head no longer gives it himself")
                .containsExactly(false);
        demo.run("mali", () -> forms.giveOpinion(delegated.id(), delegated.version(), "客服回访记录完整",
                new BigDecimal("91")));
        assertThat(form(DemoUsers.MANAGER, formId).opinions()).filteredOn(o -> o.id() == cs.id())
                .extracting(o -> o.entry().signedBy()).containsExactly("马丽");
    }

    private FormDetail.OpinionView mine(String login, long formId) {
        return form(login, formId).opinions().stream().filter(FormDetail.OpinionView::mine).findFirst()
                .orElseThrow();
    }

    @Test
    void aFormChangedAfterSigningNoLongerMatchesItsHashAndCannotBeApproved() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("篡改检测 " + start, StandardTemplates.salesRepMonthly(), start, null);
        long lina = data.employeeId("HD0005");
        data.open(cycleId, List.of(lina));
        long formId = demo.as(LINA, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .orElseThrow().id();
        long v = demo.as(LINA, () -> forms.submitSelfAssessment(formId, form(LINA, formId).version()));
        long scored = demo.as(DemoUsers.MANAGER, () -> forms.saveScores(formId, v, monthlyScores()));
        long submitted = demo.as(DemoUsers.MANAGER, () -> forms.submitScores(formId, scored));
        long signed = demo.as(DemoUsers.MANAGER, () -> forms.sign(formId, submitted));
        assertThat(form(DemoUsers.DEPARTMENT_HEAD, formId).scorecard().sealIntact()).isTrue();

        String answers = jdbc.queryForObject("select answers from appraisal_form where id = ?", String.class, formId);
        jdbc.update("update appraisal_form set answers = ? where id = ?", answers.replace("95000", "99000"), formId);

        assertThat(form(DemoUsers.DEPARTMENT_HEAD, formId).scorecard().sealIntact()).isFalse();
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.approve(formId, signed)))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.seal.broken");
    }

    @Test
    void twoReviewersSavingTheSameVersionNeverOverwriteEachOther() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("并发评分 " + start, StandardTemplates.salesRepMonthly(), start, null);
        data.open(cycleId, List.of(data.employeeId("HD0005")));
        long formId = demo.as(LINA, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .orElseThrow().id();
        long v = demo.as(LINA, () -> forms.submitSelfAssessment(formId, form(LINA, formId).version()));
        demo.run(DemoUsers.MANAGER, () -> forms.saveScores(formId, v, monthlyScores()));
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> forms.saveScores(formId, v, FormAnswers.empty()
                .withBand("MARKET_MANAGEMENT", new FormAnswers.BandAnswer(null, null, BandLevel.APPROACHES,
                        new BigDecimal("60"), null)))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(form(DemoUsers.MANAGER, formId).scorecard().answers().band("MARKET_MANAGEMENT").score())
                .isEqualByComparingTo("78");
    }

    @Test
    void eachRoleSeesOnlyTheFormsItsScopeAndTurnsAllow() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("可见范围 " + start, StandardTemplates.salesRepMonthly(), start, null);
        long lina = data.employeeId("HD0005");
        long zhoujie = data.employeeId("HD0008");
        data.open(cycleId, List.of(lina, zhoujie));
        long linaForm = demo.as(LINA, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .orElseThrow().id();
        long zhoujieForm = demo.as(ZHOUJIE, forms::myForms).stream().filter(f -> f.cycleId() == cycleId)
                .findFirst().orElseThrow().id();

        assertThatThrownBy(() -> form(ZHOUJIE, linaForm)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> form(DemoUsers.MANAGER, zhoujieForm)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> form("hejing", linaForm)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> form(DemoUsers.ADMIN, linaForm)).isInstanceOf(AccessDeniedException.class);
        assertThat(form(DemoUsers.MANAGER, linaForm).scorecard().employeeName()).isEqualTo("李娜");
        assertThat(form(DemoUsers.DEPARTMENT_HEAD, zhoujieForm).scorecard().employeeName()).isEqualTo("周杰");
        assertThat(form(DemoUsers.GENERAL_MANAGER, zhoujieForm).scorecard().employeeName()).isEqualTo("周杰");
        assertThatThrownBy(() -> demo.run(LINA, () -> queries.scorecard(linaForm)))
                .as("the employee prints the scorecard only once final").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> queries.results(cycleId, null,
                CycleResultsOrder.RANK))).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.as(DemoUsers.DEPARTMENT_HEAD, () -> queries.results(cycleId, null, CycleResultsOrder.NAME))
                .rows()).extracting(CycleResults.Row::employeeName).containsExactly("李娜", "周杰");
        assertThat(demo.as(LINA, forms::waitingForMe)).extracting(FormSummary::id).contains(linaForm)
                .doesNotContain(zhoujieForm);
    }
}
