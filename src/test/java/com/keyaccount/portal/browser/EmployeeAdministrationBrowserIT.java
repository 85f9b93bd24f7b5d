package com.keyaccount.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The foundation's main flow in a real browser: an administrator creates a colleague, who then signs in. */
class EmployeeAdministrationBrowserIT extends BrowserTestBase {

    @Test
    void anAdministratorCreatesAnEmployeeWhoCanThenSignIn() {
        loginAs("admin");
        open("/admin/employees");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        clickButton("新建员工");

        type("vaadin-text-field", "姓名", "欧阳修");
        type("vaadin-text-field", "工号", "HD0101");
        type("vaadin-combo-box", "部门", "大客户二组");
        type("vaadin-text-field", "职位", "大客户专员");
        type("vaadin-combo-box", "直属上级", "赵敏 (HD0007) · 大客户二组");
        type("vaadin-date-picker", "入职日期", "2025-07-01");
        field("vaadin-select", "学历").click();
        wait.until(driver -> (Boolean) js("return Array.from(document.querySelectorAll('vaadin-select-item'))"
                + ".some(i => i.textContent.trim() === '本科')"));
        js("Array.from(document.querySelectorAll('vaadin-select-item')).find(i => i.textContent.trim() === '本科').click()");
        type("vaadin-text-field", "用户名", "ouyangxiu");
        type("vaadin-password-field", "初始密码", "Welcome#2026");
        clickButton("保存");

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        driver.findElement(By.cssSelector(".view-toolbar vaadin-text-field input")).sendKeys("欧阳修");
        wait.until(driver -> (Boolean) js("const g = document.querySelector('vaadin-grid');"
                + " return g.size === 1 && g.textContent.includes('HD0101');"));
        assertThat((String) js("return document.querySelector('vaadin-grid').textContent"))
                .contains("欧阳修", "ouyangxiu", "大客户二组", "赵敏", "2025年7月1日");

        logout();
        loginAs("ouyangxiu", "Welcome#2026");
        assertThat(headerText()).contains("欧阳修", "大客户二组");
        assertThat(menu()).containsExactly("我的工作台", "待我审批", "我的申请", "修改密码", "客户一览表", "客户构成分析",
                "跟进提醒", "我的考核");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithAClearMessage() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("mali", "wrong-password-" + attempt);
            assertThat(loginError()).isEqualTo("用户名或密码不正确，请重新输入。");
        }
        login("mali", PASSWORD);
        assertThat(loginError()).isEqualTo("连续登录失败次数过多，账号已临时锁定，请稍后再试或联系系统管理员。");
    }

    @Test
    void someoneWhoLeftIsToldTheirAccountIsDisabled() {
        login("zhenghao", PASSWORD);
        assertThat(loginError()).isEqualTo("该账号已停用（员工已离职），无法登录。");
    }
}
