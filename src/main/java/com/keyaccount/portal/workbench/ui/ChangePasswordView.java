package com.keyaccount.portal.workbench.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.security.AccountService;
import com.keyaccount.portal.security.PasswordPolicy;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Objects;

/** 修改密码: the signed-in person changes their own password, under the strength rule. */
@Route("account/password")
@PermitAll
@Menu(order = 90, icon = "vaadin:key", title = "menu.changePassword")
public class ChangePasswordView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();

    ChangePasswordView(AccountService accounts) {
        addClassNames("view-content", "narrow");
        current.setLabel(getTranslation("password.current"));
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        confirm.setLabel(getTranslation("password.confirm"));
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save(accounts));

        FormLayout form = new FormLayout(current, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div card = new Div(new Paragraph(getTranslation("password.intro")), form, save);
        card.addClassName("card");
        add(card);
    }

    private void save(AccountService accounts) {
        current.setInvalid(false);
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (current.isEmpty()) {
            markInvalid(current, "validation.required");
            return;
        }
        if (!Objects.equals(password.getValue(), confirm.getValue())) {
            markInvalid(confirm, "password.mismatch");
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), password.getValue());
            current.clear();
            password.clear();
            confirm.clear();
            UiErrors.showSuccess(getTranslation("password.changed"));
        } catch (RuntimeException e) {
            UiErrors.show(e, Map.of("currentPassword", current, "password", password));
        }
    }

    private void markInvalid(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.changePassword");
    }
}
