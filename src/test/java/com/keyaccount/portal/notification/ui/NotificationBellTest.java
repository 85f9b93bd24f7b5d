package com.keyaccount.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.inbox.ui.InboxView;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.workbench.ui.WorkbenchView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The bell in the header: the unread count, the list in the reader's language, a click marks read and follows. */
@WithUserDetails("sunli")
class NotificationBellTest extends ViewTestBase {

    @Autowired
    NotificationService notifications;
    @Autowired
    CurrentUser currentUser;

    @Test
    void theBellCountsUnreadNotificationsAndAClickOpensTheLinkAndMarksItRead() {
        long me = currentUser.require().employeeId();
        notifications.markAllRead();
        notifications.notify(me, "approval.notice.returned",
                List.of("#approval.type.customer.creditChange", "华为技术", "刘洋"), "inbox");
        navigate(WorkbenchView.class);
        NotificationBell bell = find(NotificationBell.class).single();
        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.count.getText()).isEqualTo("1");

        test(bell.bell).click();
        assertThat(bell.dialog.isOpened()).isTrue();
        assertThat(bell.list.getElement().getTextRecursively())
                .contains("您的客户信用度变更表“华为技术”被 刘洋 退回，可修改后重新提交");

        bell.follow(notifications.myRecent().getFirst());
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        assertThat(notifications.myUnreadCount()).isZero();
        assertThat(find(NotificationBell.class).single().count.isVisible()).isFalse();
    }

    @Test
    void markAllReadEmptiesTheCount() {
        long me = currentUser.require().employeeId();
        notifications.notify(me, "approval.notice.approved", List.of("#approval.type.customer.tradeSurvey", "A", "B"),
                null);
        notifications.notify(me, "approval.notice.approved", List.of("#approval.type.customer.tradeSurvey", "C", "D"),
                null);
        navigate(WorkbenchView.class);
        NotificationBell bell = find(NotificationBell.class).single();
        assertThat(Long.parseLong(bell.count.getText())).isGreaterThanOrEqualTo(2);
        test(bell.bell).click();
        // the opened dialog attaches its content in the round trip to the browser
        roundTrip();
        test(bell.markAllRead).click();
        assertThat(bell.count.isVisible()).isFalse();
        assertThat(bell.markAllRead.isEnabled()).isFalse();
    }
}
