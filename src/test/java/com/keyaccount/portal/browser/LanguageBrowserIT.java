package com.keyaccount.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language switch changes the whole UI and is remembered for the user's next login. */
class LanguageBrowserIT extends BrowserTestBase {

    @Test
    void switchingToEnglishChangesTheUiAndSurvivesLoggingInAgain() {
        loginAs("lina");
        assertThat(menu()).containsExactly("我的工作台", "待我审批", "我的申请", "修改密码", "客户一览表", "客户构成分析",
                "跟进提醒", "我的考核");

        chooseLanguage("English");
        wait.until(driver -> menu().contains("My work"));
        assertThat(menu()).containsExactly("My work", "Waiting for me", "My requests", "Change password",
                "Customer directory", "Customer composition", "Overdue follow-ups", "My appraisals");
        assertThat(headerText()).contains("Sign out", "My work");

        logout();
        loginAs("lina");
        assertThat(menu()).containsExactly("My work", "Waiting for me", "My requests", "Change password",
                "Customer directory", "Customer composition", "Overdue follow-ups", "My appraisals");
        assertThat(headerText()).contains("李娜", "Sign out");

        chooseLanguage("中文");
        wait.until(driver -> menu().contains("我的工作台"));
        assertThat(headerText()).contains("退出登录");
    }
}
