package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.RegionDraft;
import com.keyaccount.portal.customer.RegionService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;

/** Creates or edits one row of the 客户区域分类表 (002 四); a refused save keeps everything typed and marks the field. */
class RegionDialog extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField groupName = new TextField();
    final TextArea boundaries = new TextArea();
    final TextField unsuitableTimes = new TextField();
    final TextArea remarks = new TextArea();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final Binder<RegionDraft> binder = new Binder<>();

    RegionDialog(RegionService service, RegionDraft existing, Runnable onSaved) {
        RegionDraft draft = existing == null ? new RegionDraft() : existing;
        setHeaderTitle(getTranslation(existing == null ? "customer.region.new" : "customer.region.edit"));
        setWidth("min(640px, 100vw)");

        code.setLabel(getTranslation("customer.region.field.code"));
        code.setHelperText(getTranslation("customer.region.codeHelp"));
        name.setLabel(getTranslation("customer.region.field.name"));
        groupName.setLabel(getTranslation("customer.region.field.groupName"));
        boundaries.setLabel(getTranslation("customer.region.field.boundaries"));
        unsuitableTimes.setLabel(getTranslation("customer.region.field.unsuitableTimes"));
        unsuitableTimes.setHelperText(getTranslation("customer.region.unsuitableTimesHelp"));
        remarks.setLabel(getTranslation("customer.region.field.remarks"));
        active.setLabel(getTranslation("customer.region.field.active"));

        binder.forField(code).asRequired(getTranslation("validation.required"))
                .bind(RegionDraft::getCode, RegionDraft::setCode);
        binder.forField(name).asRequired(getTranslation("validation.required")).withValidator(length(100))
                .bind(RegionDraft::getName, RegionDraft::setName);
        binder.forField(groupName).withValidator(length(100)).bind(RegionDraft::getGroupName, RegionDraft::setGroupName);
        binder.forField(boundaries).withValidator(length(500))
                .bind(RegionDraft::getBoundaries, RegionDraft::setBoundaries);
        binder.forField(unsuitableTimes).withValidator(length(300))
                .bind(RegionDraft::getUnsuitableTimes, RegionDraft::setUnsuitableTimes);
        binder.forField(remarks).withValidator(length(500)).bind(RegionDraft::getRemarks, RegionDraft::setRemarks);
        binder.forField(active).bind(RegionDraft::isActive, RegionDraft::setActive);
        binder.readBean(draft);

        FormLayout form = new FormLayout(code, name, groupName, unsuitableTimes, boundaries, remarks, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        form.setColspan(boundaries, 2);
        form.setColspan(remarks, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(service, draft, onSaved));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private StringLengthValidator length(int max) {
        return new StringLengthValidator(getTranslation("customer.text.tooLong", max), 0, max);
    }

    private void save(RegionService service, RegionDraft draft, Runnable onSaved) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            service.save(draft);
            UiErrors.showSuccess(getTranslation("common.saved"));
            onSaved.run();
            close();
        } catch (RuntimeException e) {
            Map<String, HasValidation> fields = Map.of("code", code, "name", name, "groupName", groupName,
                    "boundaries", boundaries, "unsuitableTimes", unsuitableTimes, "remarks", remarks);
            UiErrors.show(e, fields);
        }
    }
}
