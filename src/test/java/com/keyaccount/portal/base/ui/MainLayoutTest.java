package com.keyaccount.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ShellContributions;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.inbox.InboxTask;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.workbench.ui.WorkbenchView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/** The shell's menu: grouped per module, filtered by permission, with badges, lighting nested routes. */
@Import(ShellContributions.class)
class MainLayoutTest extends ViewTestBase {

    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void clearInbox() {
        ShellContributions.TASKS.clear();
    }

    @Test
    @WithUserDetails("zhangwei")
    void anEmployeeSeesThePersonalEntriesWithoutAHeadingAndNoAdministration() {
        navigate(WorkbenchView.class);
        MainLayout layout = layout();
        assertThat(layout.groups).containsKey(MenuGroup.WORKBENCH).doesNotContainKey(MenuGroup.SYSTEM);
        assertThat(labels(layout.groups.get(MenuGroup.WORKBENCH))).containsExactly("我的工作台", "待我审批", "我的申请", "修改密码");
        assertThat(layout.groups.get(MenuGroup.WORKBENCH).getLabel()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheSystemAdministrationGroupWithItsEntries() {
        navigate(WorkbenchView.class);
        MainLayout layout = layout();
        assertThat(layout.groups).containsKeys(MenuGroup.WORKBENCH, MenuGroup.SYSTEM);
        SideNav system = layout.groups.get(MenuGroup.SYSTEM);
        assertThat(system.getLabel()).isEqualTo("系统管理");
        assertThat(labels(system)).containsExactly("部门管理", "员工管理", "审计日志", "审批流程", "区域管理", "客户等级标准");
        assertThat(labels(layout.groups.get(MenuGroup.WORKBENCH))).containsExactly("我的工作台", "待我审批", "我的申请", "修改密码");
    }

    @Test
    @WithUserDetails("zhangwei")
    void theInboxEntryShowsHowManyTasksWait() {
        long me = currentUser.require().employeeId();
        ShellContributions.TASKS.put(me, List.of(task(), task(), task()));
        navigate(WorkbenchView.class);
        Component badge = inboxEntry().getSuffixComponent();
        assertThat(badge).isInstanceOfSatisfying(Span.class, span -> assertThat(span.getText()).isEqualTo("3"));
        assertThat(badge.getElement().getAttribute("aria-label")).isEqualTo("3 项待处理");
    }

    @Test
    @WithUserDetails("zhangwei")
    void anEmptyInboxShowsNoBadge() {
        navigate(WorkbenchView.class);
        assertThat(inboxEntry().getSuffixComponent()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void aNestedRouteLightsItsParentEntryAndOpensItsGroup() {
        navigate(WorkbenchView.class);
        MainLayout layout = layout();
        SideNavItem employees = entry(layout, "员工管理");
        assertThat(employees.isMatchNested()).isTrue();
        assertThat(entry(layout, "我的工作台").isMatchNested()).as("the root would light for everything").isFalse();
        assertThat(layout.entryFor("admin/employees/123")).contains(employees);
        assertThat(layout.entryFor("admin/employeesxyz")).isEmpty();
        assertThat(layout.entryFor("")).contains(entry(layout, "我的工作台"));

        layout.groups.get(MenuGroup.SYSTEM).setExpanded(false);
        navigate("admin/employees/123", NotFoundView.class);
        assertThat(layout().groups.get(MenuGroup.SYSTEM).isExpanded()).isTrue();
    }

    @Test
    @WithUserDetails("zhangwei")
    void vaadinsBuiltInShellTextsAreTranslated() {
        navigate(WorkbenchView.class);
        MainLayout layout = layout();
        assertThat(layout.drawerToggle.getElement().getAttribute("aria-label")).isEqualTo("展开或收起菜单");
        assertThat(layout.getI18n().getDrawer()).isEqualTo("导航菜单");
        assertThat(layout.groups.get(MenuGroup.WORKBENCH).getI18n().getToggle()).isEqualTo("展开或收起分组");
    }

    private MainLayout layout() {
        return find(MainLayout.class).single();
    }

    private SideNavItem inboxEntry() {
        return entry(layout(), "待我审批");
    }

    private static SideNavItem entry(MainLayout layout, String label) {
        return layout.items.values().stream().filter(item -> label.equals(item.getLabel())).findFirst().orElseThrow();
    }

    private static List<String> labels(SideNav nav) {
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private static InboxTask task() {
        return new InboxTask("menu.employees", "workbench.greeting", List.of("测试"), null,
                Instant.parse("2026-11-20T02:00:00Z"), null, false, "account/password");
    }
}
