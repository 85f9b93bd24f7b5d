package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerGradeService;
import com.keyaccount.portal.customer.GradeScheme;
import com.keyaccount.portal.customer.SchemeGrade;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** A supervisor overrides one scheme's computed grade with a reason (kept beside the computed grade). */
class GradeOverrideDialog extends Dialog {

    final Select<String> grade = new Select<>();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    private final CustomerGradeService grades;
    private final long customerId;
    private final GradeScheme scheme;
    private final Runnable onSaved;

    GradeOverrideDialog(CustomerGradeService grades, long customerId, SchemeGrade current, Runnable onSaved) {
        this.grades = grades;
        this.customerId = customerId;
        this.scheme = current.scheme();
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("customer.grades.overrideTitle", getTranslation(scheme.nameKey())));
        setWidth("480px");
        grade.setLabel(getTranslation("customer.grades.overrideGrade"));
        grade.setItems(scheme.grades());
        grade.setItemLabelGenerator(value -> getTranslation(scheme.labelKey(value)));
        grade.setValue(current.effective() != null ? current.effective() : scheme.grades().getFirst());
        reason.setLabel(getTranslation("customer.grades.overrideReason"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setValue(current.overrideReason() == null ? "" : current.overrideReason());
        FormLayout form = new FormLayout(grade, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("grade", grade, "reason", reason);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            grades.override(customerId, scheme, grade.getValue(), reason.getValue());
            UiErrors.showSuccess(getTranslation("common.saved"));
            close();
            onSaved.run();
        } catch (RuntimeException e) {
            UiErrors.show(e, fields);
        }
    }
}
