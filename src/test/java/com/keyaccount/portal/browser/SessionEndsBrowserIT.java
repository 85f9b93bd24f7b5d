package com.keyaccount.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.org.EmployeeFilter;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.data.domain.PageRequest;

/** Someone signed in whose password an administrator resets is sent back to the login page at their next step. */
class SessionEndsBrowserIT extends BrowserTestBase {

    @Test
    void aPasswordResetEndsTheOpenSessionInTheBrowser() {
        loginAs("hanxue");
        assertThat(headerText()).contains("韩雪");

        EmployeeService employees = RunningPortal.bean(EmployeeService.class);
        SystemAuthentication.run(() -> {
            long id = employees.find(new EmployeeFilter("HD0019", null, null), PageRequest.of(0, 1)).getFirst().id();
            employees.resetPassword(id, "Reset#2026x");
        });

        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        assertThat(driver.getCurrentUrl()).contains("/login");
        loginAs("hanxue", "Reset#2026x");
        assertThat(headerText()).contains("韩雪");
    }
}
