package com.keyaccount.portal.org.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmployeeSummary;
import com.keyaccount.portal.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import java.util.Objects;

/** An administrator sets a new password for someone (which also unlocks the account). */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();

    ResetPasswordDialog(EmployeeService service, EmployeeSummary employee, Runnable onSaved) {
        setHeaderTitle(getTranslation("employee.resetPasswordTitle", employee.displayName()));
        setWidth("420px");
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        confirm.setLabel(getTranslation("password.confirm"));
        confirm.setWidthFull();
        add(new Paragraph(getTranslation("employee.resetPasswordText")), password, confirm);
        save.setText(getTranslation("employee.resetPassword"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!Objects.equals(password.getValue(), confirm.getValue())) {
                confirm.setErrorMessage(getTranslation("password.mismatch"));
                confirm.setInvalid(true);
                return;
            }
            try {
                service.resetPassword(employee.id(), password.getValue());
                UiErrors.showSuccess(getTranslation("employee.passwordReset", employee.displayName()));
                onSaved.run();
                close();
            } catch (RuntimeException e) {
                UiErrors.show(e, Map.of("password", password));
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
