package com.keyaccount.portal.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("sunli")
class ChangePasswordViewTest extends ViewTestBase {

    @Test
    void differingConfirmationIsRefusedBeforeTheService() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("Portal@2026");
        test(view.password).setValue("Better#2027");
        test(view.confirm).setValue("Better#2028");
        test(view.save).click();
        assertThat(view.confirm.isInvalid()).isTrue();
        assertThat(view.confirm.getErrorMessage()).isEqualTo("两次输入的新密码不一致");
        assertThat(view.password.getValue()).isEqualTo("Better#2027");
    }

    @Test
    void aWeakPasswordShowsTheRuleOnTheNewPasswordField() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("Portal@2026");
        test(view.password).setValue("abcdefgh");
        test(view.confirm).setValue("abcdefgh");
        test(view.save).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("密码需包含大写字母、小写字母、数字、符号中的至少三种");
        assertThat(view.current.getValue()).isEqualTo("Portal@2026");
    }

    @Test
    void aWrongCurrentPasswordIsShownOnItsField() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("not-my-password");
        test(view.password).setValue("Better#2027");
        test(view.confirm).setValue("Better#2027");
        test(view.save).click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("当前密码不正确");
    }
}
