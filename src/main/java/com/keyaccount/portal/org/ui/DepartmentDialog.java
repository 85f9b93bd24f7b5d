package com.keyaccount.portal.org.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.org.DepartmentDraft;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EmployeeOption;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Creates or edits one department; a refused save keeps everything typed and marks the field at fault. */
class DepartmentDialog extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<DepartmentKind> kind = new Select<>();
    final ComboBox<DepartmentSummary> parent = new ComboBox<>();
    final ComboBox<EmployeeOption> head = new ComboBox<>();
    final IntegerField sortOrder = new IntegerField();
    final Button save = new Button();
    final Binder<DepartmentDraft> binder = new Binder<>();

    DepartmentDialog(DepartmentService service, List<EmployeeOption> people, List<DepartmentSummary> all,
            DepartmentSummary existing, Runnable onSaved) {
        DepartmentDraft draft = existing == null ? new DepartmentDraft() : DepartmentDraft.of(existing);
        setHeaderTitle(getTranslation(existing == null ? "department.new" : "department.edit"));
        setWidth("560px");

        code.setLabel(getTranslation("department.code"));
        code.setMaxLength(30);
        name.setLabel(getTranslation("department.name"));
        name.setMaxLength(100);
        kind.setLabel(getTranslation("department.kind"));
        kind.setItems(DepartmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("departmentKind." + k.name()));
        parent.setLabel(getTranslation("department.parent"));
        parent.setItems(all.stream().filter(d -> existing == null || d.id() != existing.id()).toList());
        parent.setItemLabelGenerator(d -> d.name() + " (" + d.code() + ")");
        parent.setClearButtonVisible(true);
        head.setLabel(getTranslation("department.head"));
        head.setItems(people);
        head.setItemLabelGenerator(EmployeeOption::label);
        head.setClearButtonVisible(true);
        sortOrder.setLabel(getTranslation("department.sortOrder"));
        sortOrder.setStepButtonsVisible(true);

        binder.forField(code).asRequired(getTranslation("validation.required"))
                .bind(DepartmentDraft::getCode, DepartmentDraft::setCode);
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .bind(DepartmentDraft::getName, DepartmentDraft::setName);
        binder.forField(kind).asRequired(getTranslation("validation.required"))
                .bind(DepartmentDraft::getKind, DepartmentDraft::setKind);
        binder.forField(parent).withConverter(d -> d == null ? null : d.id(),
                        id -> all.stream().filter(d -> Objects.equals(d.id(), id)).findFirst().orElse(null))
                .bind(DepartmentDraft::getParentId, DepartmentDraft::setParentId);
        binder.forField(head).withConverter(e -> e == null ? null : e.id(),
                        id -> people.stream().filter(e -> Objects.equals(e.id(), id)).findFirst().orElse(null))
                .bind(DepartmentDraft::getHeadId, DepartmentDraft::setHeadId);
        binder.forField(sortOrder).withConverter(value -> value == null ? 0 : value, value -> value)
                .bind(DepartmentDraft::getSortOrder, DepartmentDraft::setSortOrder);
        binder.readBean(draft);

        FormLayout form = new FormLayout(name, code, kind, parent, head, sortOrder);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save(service, draft, onSaved));
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save(DepartmentService service, DepartmentDraft draft, Runnable onSaved) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            service.save(draft);
            UiErrors.showSuccess(getTranslation("common.saved"));
            onSaved.run();
            close();
        } catch (RuntimeException e) {
            Map<String, HasValidation> fields = Map.of("code", code, "name", name, "kind", kind, "parentId", parent,
                    "headId", head);
            UiErrors.show(e, fields);
        }
    }
}
