package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.ContactService;
import com.keyaccount.portal.customer.ContactSummary;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The archive's 联系人 tab: its contact persons, the primary first; editors add, change and delete them (a deleted
 * contact's follow-ups stay in the log without a contact).
 */
public class ContactsTab extends VerticalLayout {

    final Grid<ContactSummary> grid = new Grid<>();
    final Button add = new Button();

    private final ContactService service;
    private final long customerId;
    private final CustomerPermissions permissions;

    public ContactsTab(ContactService service, long customerId, CustomerPermissions permissions) {
        this.service = service;
        this.customerId = customerId;
        this.permissions = permissions;
        addClassName("contacts-tab");
        setPadding(false);
        add.setText(getTranslation("customer.contact.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> openEditor(null));
        add.setVisible(permissions.edit());

        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("customer.contact.field.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> text(c.title())).setHeader(getTranslation("customer.contact.field.title"))
                .setAutoWidth(true);
        grid.addColumn(c -> text(c.department())).setHeader(getTranslation("customer.contact.field.department"))
                .setAutoWidth(true);
        grid.addColumn(c -> text(c.phone())).setHeader(getTranslation("customer.contact.field.phone"))
                .setAutoWidth(true);
        grid.addColumn(c -> text(c.mobile())).setHeader(getTranslation("customer.contact.field.mobile"))
                .setAutoWidth(true);
        grid.addColumn(c -> text(c.email())).setHeader(getTranslation("customer.contact.field.email"))
                .setAutoWidth(true);
        if (permissions.edit()) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("customer.contact.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(add, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(service.list(customerId));
    }

    void openEditor(ContactSummary existing) {
        new ContactDialog(service, customerId, existing, this::refresh).open();
    }

    void confirmDelete(ContactSummary contact) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("customer.contact.deleteTitle"));
        confirm.setText(getTranslation("customer.contact.deleteText", contact.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("common.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> delete(contact));
        confirm.open();
    }

    void delete(ContactSummary contact) {
        try {
            service.delete(customerId, contact.id(), contact.version());
            UiErrors.showSuccess(getTranslation("customer.contact.deleted", contact.name()));
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        refresh();
    }

    private HorizontalLayout nameCell(ContactSummary contact) {
        HorizontalLayout cell = new HorizontalLayout(new Span(contact.name()));
        cell.setSpacing(true);
        if (contact.primary()) {
            Span badge = new Span(getTranslation("customer.contact.primaryBadge"));
            badge.getElement().getThemeList().add("badge success");
            cell.add(badge);
        }
        return cell;
    }

    private HorizontalLayout actions(ContactSummary contact) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(contact));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("common.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(contact));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("common.delete"));
        return new HorizontalLayout(edit, delete);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
