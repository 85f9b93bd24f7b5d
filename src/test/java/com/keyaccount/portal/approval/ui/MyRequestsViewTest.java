package com.keyaccount.portal.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.approval.ApprovalRequestSummary;
import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.ApprovalStatus;
import com.keyaccount.portal.approval.SampleApprovalType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 我的申请: the person's own requests, filtered by status, with an empty state. */
class MyRequestsViewTest extends ViewTestBase {

    @Autowired
    ApprovalService approvals;
    @Autowired
    SampleApprovalType sample;

    @Test
    @WithUserDetails("wufang")
    void myRequestsAreListedAndFilteredByStatus() {
        sample.ensureChain();
        long id = approvals.submit(SampleApprovalType.KEY, 7001);
        MyRequestsView view = navigate(MyRequestsView.class);
        // newest first: the request just submitted leads (the demo directory has wufang's earlier ones below it)
        assertThat(test(view.grid).size()).isPositive();
        ApprovalRequestSummary row = test(view.grid).getRow(0);
        assertThat(row.id()).isEqualTo(id);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("交易开始调查书");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("审批中");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("赵敏");

        view.status.setValue(ApprovalStatus.REJECTED);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("您还没有提交过申请");

        view.status.setValue(null);
        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ApprovalDetailView.class);
    }
}
