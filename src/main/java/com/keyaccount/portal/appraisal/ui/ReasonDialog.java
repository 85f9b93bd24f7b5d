package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.FormStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Returning a form to an earlier step (the step to return to and the reason) or reopening a final one (the reason):
 * the reason is required and kept in the form's history.
 */
class ReasonDialog extends Dialog {

    final Select<FormStatus> target = new Select<>();
    final TextArea reason = new TextArea();
    final Button confirm;

    /** With {@code targets} empty the dialog asks only the reason (reopening). */
    ReasonDialog(String actionKey, Set<FormStatus> targets, BiConsumer<FormStatus, String> action) {
        setHeaderTitle(getTranslation(actionKey));
        if (!targets.isEmpty()) {
            target.setLabel(getTranslation("appraisal.ui.form.return.target"));
            target.setItems(targets.stream().sorted(Comparator.naturalOrder()).toList());
            target.setItemLabelGenerator(status -> getTranslation("appraisal.status." + status.name()));
            target.setValue(targets.stream().min(Comparator.naturalOrder()).orElseThrow());
            target.setWidthFull();
            add(target);
        }
        reason.setLabel(getTranslation("appraisal.ui.form.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(AppraisalFormService.MAX_TEXT);
        reason.setWidthFull();
        add(reason);
        confirm = new Button(getTranslation(actionKey), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("appraisal.reason.required"));
                reason.setInvalid(true);
                return;
            }
            close();
            action.accept(target.getValue(), reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
