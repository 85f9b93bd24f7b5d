package com.keyaccount.portal.appraisal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.FormSummary;
import com.keyaccount.portal.appraisal.StandardTemplates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 我的考核 lists what waits for the person and their own forms; a click opens the form. */
class MyAppraisalsViewTest extends ViewTestBase {

    @Autowired
    AppraisalForms fixtures;
    @Autowired
    AppraisalMenuBadge badge;

    @Test
    @WithUserDetails("lina")
    void theEmployeeFindsHerDraftWaitingAndAmongHerFormsAndOpensIt() {
        long formId = fixtures.open(StandardTemplates.salesRepMonthly(), "HD0005", AppraisalForms.LINA);
        MyAppraisalsView view = navigate(MyAppraisalsView.class);
        assertThat(test(view.waiting).size()).isPositive();
        assertThat(view.waiting.getListDataView().getItems().map(FormSummary::id)).contains(formId);
        assertThat(view.mine.getListDataView().getItems().map(FormSummary::id)).contains(formId);
        int row = view.waiting.getListDataView().getItems().map(FormSummary::id).toList().indexOf(formId);
        assertThat(test(view.waiting).getCellText(row, 0)).isEqualTo("李娜");

        test(view.waiting).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(AppraisalFormView.class);
        assertThat(((AppraisalFormView) getCurrentView()).header.status.getText()).isEqualTo("员工自评");
    }

    @Test
    @WithUserDetails("liuyang")
    void theReviewerSeesTheSubmittedFormWaitingForScoring() {
        long formId = fixtures.submitted(StandardTemplates.salesRepMonthly());
        MyAppraisalsView view = navigate(MyAppraisalsView.class);
        assertThat(view.waiting.getListDataView().getItems().map(FormSummary::id)).contains(formId);
        assertThat(view.mine.getListDataView().getItems().map(FormSummary::id)).doesNotContain(formId);
        assertThat(view.waitingTitle.getText()).startsWith("待我处理");
    }

    @Test
    @WithUserDetails("liuyang")
    void theMenuEntryCountsTheFormsWaiting() {
        fixtures.submitted(StandardTemplates.salesRepMonthly());
        MyAppraisalsView view = navigate(MyAppraisalsView.class);
        assertThat(badge.view()).isEqualTo(MyAppraisalsView.class);
        assertThat(badge.count()).isPositive().isEqualTo(view.waiting.getListDataView().getItemCount());
    }

    @Test
    @WithUserDetails("wangjianguo")
    void someoneWithNothingWaitingSeesTheEmptyState() {
        MyAppraisalsView view = navigate(MyAppraisalsView.class);
        assertThat(view.waiting.getEmptyStateText()).isEqualTo("目前没有等待您处理的考核表");
    }
}
