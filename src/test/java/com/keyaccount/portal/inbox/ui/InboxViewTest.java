package com.keyaccount.portal.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ShellContributions;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.inbox.InboxTask;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.workbench.ui.ChangePasswordView;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/** 待我审批: every contributor's tasks for me, urgent first, a broken contributor left out, a click opens the task. */
@Import(ShellContributions.class)
class InboxViewTest extends ViewTestBase {

    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void clearInbox() {
        ShellContributions.TASKS.clear();
    }

    @Test
    @WithUserDetails("zhangwei")
    void myTasksAreListedOverdueFirstDespiteABrokenContributor() {
        ShellContributions.TASKS.put(currentUser.require().employeeId(), List.of(
                new InboxTask("menu.employees", "workbench.greeting", List.of("新客户"), "刘洋",
                        Instant.parse("2026-11-20T02:00:00Z"), LocalDate.of(2026, 12, 5), false, "account/password"),
                new InboxTask("menu.departments", "workbench.greeting", List.of("信用变更"), "陈志强",
                        Instant.parse("2026-11-22T02:00:00Z"), LocalDate.of(2026, 11, 25), true, "account/password")));
        InboxView view = navigate(InboxView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("类型");
        assertThat(row(view, 0)).containsExactly("部门管理", "信用变更，您好", "陈志强", "2026年11月22日 10:00:00",
                "2026年11月25日（已逾期）");
        assertThat(row(view, 1)).containsExactly("员工管理", "新客户，您好", "刘洋", "2026年11月20日 10:00:00",
                "2026年12月5日");
    }

    @Test
    @WithUserDetails("zhangwei")
    void clickingATaskOpensItWhereItIsHandled() {
        ShellContributions.TASKS.put(currentUser.require().employeeId(), List.of(new InboxTask("menu.employees",
                "workbench.greeting", List.of("新客户"), null, Instant.parse("2026-11-20T02:00:00Z"), null, false,
                "account/password")));
        InboxView view = navigate(InboxView.class);
        test(view.grid).clickRow(0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithUserDetails("admin")
    void withNothingWaitingTheEmptyStateIsShown() {
        InboxView view = navigate(InboxView.class);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("暂无待您处理的事项");
    }

    private List<String> row(InboxView view, int row) {
        return List.of(0, 1, 2, 3, 4).stream().map(column -> test(view.grid).getCellText(row, column)).toList();
    }
}
