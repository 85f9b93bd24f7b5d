package com.keyaccount.portal.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class WorkbenchViewTest extends ViewTestBase {

    @Test
    @WithUserDetails("zhangwei")
    void anEmployeeSeesTheirProfileAndOnlyThePersonalMenu() {
        WorkbenchView view = navigate(WorkbenchView.class);
        List<String> texts = find(Span.class, view.profileCard).all().stream().map(Span::getText).toList();
        assertThat(find(H2.class, view.profileCard).single().getText()).isEqualTo("张伟，您好");
        assertThat(texts).contains("HD0004", "宏达商贸有限公司 / 大客户部 / 大客户一组", "刘洋", "员工", "2019年9月2日", "本科");
        assertThat(menu()).containsExactly("我的工作台", "修改密码");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorAlsoSeesTheAdministrationMenu() {
        navigate(WorkbenchView.class);
        assertThat(menu()).containsExactly("我的工作台", "部门管理", "员工管理", "审计日志", "修改密码");
    }

    private List<String> menu() {
        return find(SideNavItem.class, find(SideNav.class).single()).all().stream().map(SideNavItem::getLabel).toList();
    }
}
