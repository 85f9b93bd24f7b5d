package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.EndKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Confirms one lifecycle move; asks for a reason (and how the trade ended) where the move needs them. */
class LifecycleDialog extends Dialog {

    /** What the person confirmed with. */
    interface Action {
        void run(String reason, EndKind endKind);
    }

    final TextArea reason = new TextArea();
    final Select<EndKind> endKind = new Select<>();
    final Button confirm;

    LifecycleDialog(String actionKey, boolean needsReason, boolean needsEndKind, Action action) {
        setHeaderTitle(getTranslation("customer.lifecycle.action." + actionKey));
        add(new Paragraph(getTranslation("customer.lifecycle.confirm." + actionKey)));
        if (needsEndKind) {
            endKind.setLabel(getTranslation("customer.field.endKind"));
            endKind.setItems(EndKind.values());
            endKind.setItemLabelGenerator(kind -> getTranslation("customer.endKind." + kind.name()));
            endKind.setValue(EndKind.ENDED);
            endKind.setWidthFull();
            add(endKind);
        }
        if (needsReason) {
            reason.setLabel(getTranslation("customer.lifecycle.reason"));
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(1000);
            reason.setWidthFull();
            add(reason);
        }
        confirm = new Button(getTranslation("customer.lifecycle.action." + actionKey), click -> {
            if (needsReason && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("customer.lifecycle.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            try {
                action.run(needsReason ? reason.getValue() : null, needsEndKind ? endKind.getValue() : null);
                close();
            } catch (BusinessException e) {
                UiErrors.show(e, Map.of("reason", reason, "endKind", endKind));
            } catch (RuntimeException e) {
                close();
                UiErrors.showNotification(e);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("min(30rem, 95vw)");
    }
}
