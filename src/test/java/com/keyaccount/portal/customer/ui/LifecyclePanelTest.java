package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.CustomerLifecycleService;
import com.keyaccount.portal.customer.CustomerStatus;
import com.keyaccount.portal.customer.CustomerSurveyService;
import com.keyaccount.portal.customer.LifecycleAction;
import com.keyaccount.portal.customer.LifecycleFixtures;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The lifecycle panel shows the moves allowed now, asks before each, and needs a reason where the move does. */
class LifecyclePanelTest extends ViewTestBase {

    @Autowired
    CustomerLifecycleService lifecycle;
    @Autowired
    CustomerSurveyService surveys;
    @Autowired
    LifecycleFixtures fixtures;
    @Autowired
    DemoUsers demo;

    private LifecyclePanel mount(long id) {
        LifecyclePanel panel = new LifecyclePanel(lifecycle, surveys, id);
        UI.getCurrent().add(panel);
        return panel;
    }

    private boolean visible(LifecyclePanel panel, LifecycleAction action) {
        return panel.buttons.get(action).isVisible();
    }

    @Test
    @WithUserDetails("zhangwei")
    void theOwnerStartsTheSurveyOfAProspectAfterConfirming() {
        long id = fixtures.prospect("测试面板潜在客户");
        LifecyclePanel panel = mount(id);
        assertThat(panel.status.getText()).isEqualTo("潜在客户");
        assertThat(panel.code.getText()).isEqualTo("尚无大客户代码");
        assertThat(visible(panel, LifecycleAction.START_SURVEY)).isTrue();
        assertThat(visible(panel, LifecycleAction.SUBMIT_TRADE_SURVEY)).isFalse();
        assertThat(visible(panel, LifecycleAction.ACTIVATE)).isFalse();

        test(panel.buttons.get(LifecycleAction.START_SURVEY)).click();
        test(find(LifecycleDialog.class).single().confirm).click();
        assertThat(panel.status.getText()).isEqualTo("调查中");
        assertThat(visible(panel, LifecycleAction.STOP_SURVEY)).isTrue();
        assertThat(visible(panel, LifecycleAction.SUBMIT_TRADE_SURVEY)).isTrue();
    }

    @Test
    @WithUserDetails("zhangwei")
    void stoppingTheSurveyNeedsAReasonInTheDialog() {
        long id = fixtures.surveyed("测试面板中止调查");
        LifecyclePanel panel = mount(id);
        test(panel.buttons.get(LifecycleAction.STOP_SURVEY)).click();
        LifecycleDialog dialog = find(LifecycleDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请填写原因");
        dialog.reason.setValue("发现信用问题");
        test(dialog.confirm).click();
        assertThat(panel.status.getText()).isEqualTo("中止调查");
        assertThat(panel.reason.getText()).isEqualTo("发现信用问题");
        assertThat(visible(panel, LifecycleAction.RESUME_SURVEY)).isTrue();
    }

    @Test
    @WithUserDetails("zhangwei")
    void theSurveyFormSavesAndSubmittingShowsTheMissingReportFields() {
        long id = demo.as(DemoUsers.EMPLOYEE, () -> {
            long created = fixtures.prospect("测试面板调查表");
            lifecycle.startSurvey(created);
            return created;
        });
        LifecyclePanel panel = mount(id);
        test(panel.buttons.get(LifecycleAction.SUBMIT_TRADE_SURVEY)).click();
        test(find(LifecycleDialog.class).single().confirm).click();
        assertThat(notificationTexts()).anyMatch(text -> text.contains("交易理由"));
        LifecycleDialog refused = find(LifecycleDialog.class).single();
        assertThat(refused.isOpened()).isTrue();
        refused.close();

        test(panel.buttons.get(LifecycleAction.EDIT_SURVEY)).click();
        SurveyForm form = find(SurveyForm.class).single();
        form.texts.get("tradeReasons").setValue("区域龙头");
        form.texts.get("tradePolicy").setValue("月结");
        form.texts.get("tradeProducts").setValue("耗材");
        form.tradeAmount.setValue(new java.math.BigDecimal("100000"));
        form.texts.get("surveyResults").setValue("通过");
        test(form.save).click();
        assertThat(surveys.view(id).getTradeReasons()).isEqualTo("区域龙头");

        test(panel.buttons.get(LifecycleAction.SUBMIT_TRADE_SURVEY)).click();
        test(find(LifecycleDialog.class).single().confirm).click();
        assertThat(lifecycle.state(id).status()).isEqualTo(CustomerStatus.PENDING_APPROVAL);
        assertThat(panel.status.getText()).isEqualTo("交易开始调查书审批中");
        assertThat(panel.buttons.values()).noneMatch(button -> button.isVisible());
        assertThat(panel.viewSurvey.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("liuyang")
    void aSuperiorSeesResumeTradeOnAnEndedArchive() {
        long id = fixtures.prospect("测试面板终止");
        fixtures.force(id, CustomerStatus.SURVEYING, CustomerStatus.PENDING_APPROVAL, CustomerStatus.CONTRACTING,
                CustomerStatus.ACTIVE, CustomerStatus.TERMINATED);
        LifecyclePanel panel = mount(id);
        assertThat(visible(panel, LifecycleAction.REACTIVATE)).isTrue();
        assertThat(visible(panel, LifecycleAction.REQUEST_DEREGISTRATION)).isTrue();
        assertThat(visible(panel, LifecycleAction.TERMINATE)).isFalse();
    }
}
