package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.ContactDraft;
import com.keyaccount.portal.customer.ContactService;
import com.keyaccount.portal.customer.ContactSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
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

/** Adds or edits a contact person; a refused save shows its reason on the field and keeps everything typed. */
class ContactDialog extends Dialog {

    final TextField name = new TextField();
    final TextField title = new TextField();
    final TextField department = new TextField();
    final TextField phone = new TextField();
    final TextField mobile = new TextField();
    final TextField email = new TextField();
    final Checkbox primary = new Checkbox();
    final TextArea remarks = new TextArea();
    final Button save = new Button();
    final Binder<ContactDraft> binder = new Binder<>();

    ContactDialog(ContactService service, long customerId, ContactSummary existing, Runnable onSaved) {
        ContactDraft draft = existing == null ? new ContactDraft() : ContactDraft.of(existing);
        setHeaderTitle(getTranslation(existing == null ? "customer.contact.new" : "customer.contact.edit"));
        setWidth("min(40rem, 100vw)");
        name.setLabel(getTranslation("customer.contact.field.name"));
        name.setMaxLength(100);
        title.setLabel(getTranslation("customer.contact.field.title"));
        department.setLabel(getTranslation("customer.contact.field.department"));
        phone.setLabel(getTranslation("customer.contact.field.phone"));
        mobile.setLabel(getTranslation("customer.contact.field.mobile"));
        email.setLabel(getTranslation("customer.contact.field.email"));
        primary.setLabel(getTranslation("customer.contact.field.primary"));
        remarks.setLabel(getTranslation("customer.contact.field.remarks"));
        remarks.setMaxLength(500);

        binder.forField(name).asRequired(getTranslation("customer.contact.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", 100), 1, 100))
                .bind(ContactDraft::getName, ContactDraft::setName);
        binder.forField(title).bind(ContactDraft::getTitle, ContactDraft::setTitle);
        binder.forField(department).bind(ContactDraft::getDepartment, ContactDraft::setDepartment);
        binder.forField(phone).bind(ContactDraft::getPhone, ContactDraft::setPhone);
        binder.forField(mobile).bind(ContactDraft::getMobile, ContactDraft::setMobile);
        binder.forField(email).bind(ContactDraft::getEmail, ContactDraft::setEmail);
        binder.forField(primary).bind(ContactDraft::isPrimary, ContactDraft::setPrimary);
        binder.forField(remarks).bind(ContactDraft::getRemarks, ContactDraft::setRemarks);
        binder.readBean(draft);

        FormLayout form = new FormLayout(name, title, department, phone, mobile, email, primary);
        form.add(remarks, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save(service, customerId, existing, draft, onSaved));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private void save(ContactService service, long customerId, ContactSummary existing, ContactDraft draft,
            Runnable onSaved) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            if (existing == null) {
                service.add(customerId, draft);
            } else {
                service.update(customerId, existing.id(), draft);
            }
            UiErrors.showSuccess(getTranslation("common.saved"));
            onSaved.run();
            close();
        } catch (RuntimeException e) {
            Map<String, HasValidation> fields = Map.of("name", name, "title", title, "department", department,
                    "phone", phone, "mobile", mobile, "email", email, "remarks", remarks);
            UiErrors.show(e, fields);
        }
    }
}
