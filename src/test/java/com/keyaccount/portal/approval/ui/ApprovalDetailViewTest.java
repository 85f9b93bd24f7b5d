package com.keyaccount.portal.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.ApprovalStatus;
import com.keyaccount.portal.approval.SampleApprovalType;
import com.keyaccount.portal.approval.StepState;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The detail page offers each person exactly what they may do with a request. */
class ApprovalDetailViewTest extends ViewTestBase {

    private static final AtomicLong OBJECTS = new AtomicLong(5000);

    @Autowired
    ApprovalService approvals;
    @Autowired
    SampleApprovalType sample;
    @Autowired
    DemoUsers demo;

    private long requestId;

    @BeforeEach
    void request() {
        sample.ensureChain();
        requestId = demo.as(DemoUsers.EMPLOYEE, () -> approvals.submit(SampleApprovalType.KEY, OBJECTS.incrementAndGet()));
    }

    private ApprovalDetailView open() {
        return navigate("approvals/" + requestId, ApprovalDetailView.class);
    }

    @Test
    @WithUserDetails("liuyang")
    void theCurrentApproverSeesTheDecisionButtonsAndNeedsACommentToReturn() {
        ApprovalDetailView view = open();
        assertThat(view.approve.isVisible()).isTrue();
        assertThat(view.reject.isVisible()).isTrue();
        assertThat(view.sendBack.isVisible()).isTrue();
        assertThat(view.withdraw.isVisible()).isFalse();
        assertThat(view.steps.getListDataView().getItems().map(s -> s.approverName()).toList())
                .containsExactly("刘洋", "陈志强", "王建国");

        test(view.sendBack).click();
        DecisionDialog dialog = find(DecisionDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.comment.isInvalid()).isTrue();
        assertThat(dialog.comment.getErrorMessage()).isEqualTo("驳回或退回时必须填写意见");
        assertThat(dialog.isOpened()).isTrue();

        dialog.comment.setValue("请补充");
        test(dialog.confirm).click();
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> approvals.find(requestId)).status())
                .isEqualTo(ApprovalStatus.RETURNED);
        assertThat(view.approve.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("liuyang")
    void approvingMovesTheRequestToTheNextStep() {
        ApprovalDetailView view = open();
        test(view.approve).click();
        test(find(DecisionDialog.class).single().confirm).click();
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> approvals.find(requestId)).steps())
                .extracting(s -> s.state()).containsExactly(StepState.APPROVED, StepState.PENDING, StepState.WAITING);
        assertThat(view.approve.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("chenzhiqiang")
    void aLaterApproverSeesTheRequestButCannotActYet() {
        ApprovalDetailView view = open();
        assertThat(view.title.getText()).contains("样品");
        assertThat(view.approve.isVisible()).isFalse();
        assertThat(view.reject.isVisible()).isFalse();
        assertThat(view.sendBack.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("zhangwei")
    void theRequesterMayWithdrawButNotDecide() {
        ApprovalDetailView view = open();
        assertThat(view.approve.isVisible()).isFalse();
        assertThat(view.withdraw.isVisible()).isTrue();
        assertThat(view.resubmit.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("lina")
    void someoneNotInvolvedIsToldTheRequestIsNotThere() {
        ApprovalDetailView view = open();
        assertThat(view.facts.getElement().getTextRecursively()).contains("找不到该申请，或您无权查看");
        assertThat(view.approve.isVisible()).isFalse();
        assertThat(view.withdraw.isVisible()).isFalse();
    }
}
