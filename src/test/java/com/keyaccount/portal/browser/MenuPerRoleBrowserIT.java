package com.keyaccount.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each demo role logs in and sees exactly the menu entries its roles may open, then logs out. */
class MenuPerRoleBrowserIT extends BrowserTestBase {

    /**
     * The personal entries on top, then the 客户 group every employee may read (客户一览表, 客户构成分析, 跟进提醒) and the
     * 考核 group's 我的考核.
     */
    private static final List<String> PERSONAL = List.of("我的工作台", "待我审批", "我的申请", "修改密码", "客户一览表",
            "客户构成分析", "跟进提醒", "我的考核");
    /** The general manager also calibrates every cycle: 考核周期. */
    private static final List<String> GENERAL_MANAGER = List.of("我的工作台", "待我审批", "我的申请", "修改密码",
            "客户一览表", "客户构成分析", "跟进提醒", "我的考核", "考核周期");
    /**
     * The 大客户部 head also runs and calibrates cycles, designs appraisal templates and manages the customer directory:
     * regions and grade standards under 系统管理.
     */
    private static final List<String> DEPARTMENT_HEAD = List.of("我的工作台", "待我审批", "我的申请", "修改密码",
            "客户一览表", "客户构成分析", "跟进提醒", "我的考核", "考核周期", "考核模板", "区域管理", "客户等级标准");
    /** The personal entries, the 客户 and 考核 groups (the demo administrator is also an employee), then 系统管理. */
    private static final List<String> ADMINISTRATOR = List.of("我的工作台", "待我审批", "我的申请", "修改密码", "客户一览表",
            "客户构成分析", "跟进提醒", "我的考核", "考核模板", "部门管理", "员工管理", "审计日志", "审批流程", "区域管理",
            "客户等级标准");

    static Stream<Arguments> demoRoles() {
        return Stream.of(
                Arguments.of("admin", "罗军", ADMINISTRATOR),
                Arguments.of("wangjianguo", "王建国", GENERAL_MANAGER),
                Arguments.of("chenzhiqiang", "陈志强", DEPARTMENT_HEAD),
                Arguments.of("liuyang", "刘洋", PERSONAL),
                Arguments.of("zhangwei", "张伟", PERSONAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoRoles")
    void eachRoleSeesExactlyItsMenuAndCanLogOut(String username, String displayName, List<String> expectedMenu) {
        loginAs(username);
        assertThat(menu()).containsExactlyElementsOf(expectedMenu);
        assertThat(headerText()).contains(displayName);
        logout();
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void anEmployeeTypingAnAdminAddressDoesNotGetTheView() {
        loginAs("zhangwei");
        open("/admin/employees");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".not-found")));
        assertThat(driver.findElement(By.cssSelector(".not-found")).getText()).contains("页面不存在或您无权访问");
        assertThat(menu()).containsExactlyElementsOf(PERSONAL);
        assertThat(driver.findElements(By.cssSelector("vaadin-grid"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("HD0001");
    }

    @Test
    void anAdministratorFindsAnEmployeeInTheDirectory() {
        loginAs("admin");
        open("/admin/employees");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        driver.findElement(By.cssSelector(".view-toolbar vaadin-text-field input")).sendKeys("李娜");
        wait.until(driver -> (Boolean) js("const g = document.querySelector('vaadin-grid');"
                + " return g.size === 1 && g.textContent.includes('HD0005');"));
        assertThat((String) js("return document.querySelector('vaadin-grid').textContent")).contains("李娜", "大客户一组");
    }

    @Test
    void aWrongPasswordShowsALocalizedError() {
        login("zhangwei", "wrong-password");
        assertThat(loginError()).isEqualTo("用户名或密码不正确，请重新输入。");
    }
}
