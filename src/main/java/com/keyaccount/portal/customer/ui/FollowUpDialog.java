package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.ContactSummary;
import com.keyaccount.portal.customer.FollowUpDraft;
import com.keyaccount.portal.customer.FollowUpKind;
import com.keyaccount.portal.customer.FollowUpService;
import com.keyaccount.portal.customer.FollowUpSummary;
import com.keyaccount.portal.customer.StaffOption;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records (or corrects) one 跟进记录, built for a phone (390×844): one column, full-width fields, large buttons; a new
 * record is a visit of today with the primary contact, and Enter saves (Shift+Enter starts a new line in the summary).
 */
class FollowUpDialog extends Dialog {

    final Select<FollowUpKind> kind = new Select<>();
    final DatePicker occurredOn = new DatePicker();
    final Select<StaffOption> staff = new Select<>();
    final ComboBox<ContactSummary> contact = new ComboBox<>();
    final TextArea summary = new TextArea();
    final TextArea nextStep = new TextArea();
    final DatePicker nextOn = new DatePicker();
    final Button save = new Button();
    final Button cancel = new Button();
    final Binder<FollowUpDraft> binder = new Binder<>();

    FollowUpDialog(FollowUpService service, long customerId, List<ContactSummary> contacts, List<StaffOption> people,
            FollowUpSummary existing, LocalDate today, Runnable onSaved) {
        FollowUpDraft draft = existing == null ? new FollowUpDraft() : FollowUpDraft.of(existing);
        if (existing == null) {
            draft.setOccurredOn(today);
            contacts.stream().filter(ContactSummary::primary).findFirst().ifPresent(c -> draft.setContactId(c.id()));
        }
        setHeaderTitle(getTranslation(existing == null ? "customer.followUp.new" : "customer.followUp.edit"));
        setWidth("min(32rem, 100vw)");
        addClassName("follow-up-dialog");
        configure(contacts, people, existing, today);
        bind(contacts, people, today);
        binder.readBean(draft);

        FormLayout form = new FormLayout(kind, occurredOn, staff, contact, summary, nextStep, nextOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save(service, customerId, existing, draft, onSaved));
        cancel.setText(getTranslation("common.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
    }

    private void configure(List<ContactSummary> contacts, List<StaffOption> people, FollowUpSummary existing,
            LocalDate today) {
        kind.setLabel(getTranslation("customer.followUp.field.kind"));
        kind.setItems(FollowUpKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("customer.followUpKind." + k.name()));
        occurredOn.setLabel(getTranslation("customer.followUp.field.occurredOn"));
        // the pickers' own range checks speak with the service's words
        occurredOn.setI18n(LocalizedI18n.datePicker(getLocale())
                .setMaxErrorMessage(getTranslation("customer.date.future")));
        occurredOn.setMax(today);
        occurredOn.addValueChangeListener(change -> nextOn.setMin(change.getValue()));
        staff.setLabel(getTranslation("customer.followUp.field.staff"));
        staff.setItems(people);
        staff.setItemLabelGenerator(StaffOption::name);
        staff.setReadOnly(existing != null);
        contact.setLabel(getTranslation("customer.followUp.field.contact"));
        contact.setItems(contacts);
        contact.setItemLabelGenerator(ContactSummary::name);
        contact.setClearButtonVisible(true);
        summary.setLabel(getTranslation("customer.followUp.field.summary"));
        summary.setHelperText(getTranslation("customer.followUp.summaryHelp"));
        summary.setMaxLength(2000);
        summary.setMinHeight("8em");
        nextStep.setLabel(getTranslation("customer.followUp.field.nextStep"));
        nextStep.setMaxLength(1000);
        nextOn.setLabel(getTranslation("customer.followUp.field.nextOn"));
        nextOn.setI18n(LocalizedI18n.datePicker(getLocale())
                .setMinErrorMessage(getTranslation("customer.followUp.nextOn.beforeDate")));
        nextOn.setClearButtonVisible(true);
        for (HasSize field : List.<HasSize>of(kind, occurredOn, staff, contact, summary, nextStep, nextOn)) {
            field.setWidthFull();
        }
    }

    private void bind(List<ContactSummary> contacts, List<StaffOption> people, LocalDate today) {
        binder.forField(kind).asRequired(getTranslation("customer.followUp.kind.required"))
                .bind(FollowUpDraft::getKind, FollowUpDraft::setKind);
        binder.forField(occurredOn).asRequired(getTranslation("customer.followUp.date.required"))
                .withValidator(date -> !date.isAfter(today), getTranslation("customer.date.future"))
                .bind(FollowUpDraft::getOccurredOn, FollowUpDraft::setOccurredOn);
        binder.forField(staff)
                .withConverter(s -> s == null ? null : s.id(),
                        id -> id == null ? people.stream().findFirst().orElse(null)
                                : people.stream().filter(p -> p.id() == id).findFirst().orElse(null))
                .bind(FollowUpDraft::getStaffId, FollowUpDraft::setStaffId);
        binder.forField(contact)
                .withConverter(c -> c == null ? null : c.id(),
                        id -> contacts.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().orElse(null))
                .bind(FollowUpDraft::getContactId, FollowUpDraft::setContactId);
        binder.forField(summary).asRequired(getTranslation("customer.followUp.summary.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.tooLong", 2000), 1, 2000))
                .bind(FollowUpDraft::getSummary, FollowUpDraft::setSummary);
        binder.forField(nextStep).bind(FollowUpDraft::getNextStep, FollowUpDraft::setNextStep);
        binder.forField(nextOn)
                .withValidator(date -> date == null || occurredOn.getValue() == null
                        || !date.isBefore(occurredOn.getValue()), getTranslation("customer.followUp.nextOn.beforeDate"))
                .bind(FollowUpDraft::getNextOn, FollowUpDraft::setNextOn);
    }

    private void save(FollowUpService service, long customerId, FollowUpSummary existing, FollowUpDraft draft,
            Runnable onSaved) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            if (existing == null) {
                service.record(customerId, draft);
            } else {
                service.update(customerId, existing.id(), draft);
            }
            UiErrors.showSuccess(getTranslation("customer.followUp.saved"));
            onSaved.run();
            close();
        } catch (RuntimeException e) {
            Map<String, HasValidation> fields = Map.of("kind", kind, "occurredOn", occurredOn, "staffId", staff,
                    "contactId", contact, "summary", summary, "nextStep", nextStep, "nextOn", nextOn);
            UiErrors.show(e, fields);
        }
    }
}
