package com.keyaccount.portal.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a contract or an attachment is deleted (or its disposal requested). */
class ConfirmDeleteDialog extends Dialog {

    final Button confirm;

    ConfirmDeleteDialog(String title, String text, String confirmText, Runnable action) {
        setHeaderTitle(title);
        add(new Paragraph(text));
        confirm = new Button(confirmText, click -> {
            close();
            action.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("min(28rem, 95vw)");
    }
}
