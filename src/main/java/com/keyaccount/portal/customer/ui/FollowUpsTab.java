package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.ContactService;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.FollowUpService;
import com.keyaccount.portal.customer.FollowUpSummary;
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
 * The archive's 跟进记录 tab: the follow-up log, newest first, a late record (补录, 004 第二章 三) marked with a badge;
 * the archive's staff record follow-ups and correct their own on the day, supervisors delete.
 */
public class FollowUpsTab extends VerticalLayout {

    final Grid<FollowUpSummary> grid = new Grid<>();
    final Button add = new Button();

    private final FollowUpService followUps;
    private final ContactService contacts;
    private final long customerId;

    public FollowUpsTab(FollowUpService followUps, ContactService contacts, long customerId,
            CustomerPermissions permissions) {
        this.followUps = followUps;
        this.contacts = contacts;
        this.customerId = customerId;
        addClassName("follow-ups-tab");
        setPadding(false);
        add.setText(getTranslation("customer.followUp.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add.addClickListener(click -> openEditor(null));
        add.setVisible(permissions.edit());

        grid.addColumn(f -> Formats.date(f.occurredOn(), getLocale()))
                .setHeader(getTranslation("customer.followUp.field.occurredOn")).setAutoWidth(true);
        grid.addComponentColumn(this::kindCell).setHeader(getTranslation("customer.followUp.field.kind"))
                .setAutoWidth(true);
        grid.addColumn(FollowUpSummary::staffName).setHeader(getTranslation("customer.followUp.field.staff"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.contactName() == null ? "" : f.contactName())
                .setHeader(getTranslation("customer.followUp.field.contact")).setAutoWidth(true);
        grid.addColumn(FollowUpSummary::summary).setHeader(getTranslation("customer.followUp.field.summary"))
                .setFlexGrow(1);
        grid.addColumn(f -> f.nextStep() == null ? "" : f.nextStep())
                .setHeader(getTranslation("customer.followUp.field.nextStep")).setAutoWidth(true);
        grid.addColumn(f -> Formats.date(f.nextOn(), getLocale()))
                .setHeader(getTranslation("customer.followUp.field.nextOn")).setAutoWidth(true);
        if (permissions.edit() || permissions.supervise()) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("customer.followUp.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> followUps.list(customerId, pageable),
                query -> followUps.count(customerId));
        add(add, grid);
    }

    void openEditor(FollowUpSummary existing) {
        try {
            new FollowUpDialog(followUps, customerId, contacts.list(customerId), followUps.staffOptions(customerId),
                    existing, followUps.today(), () -> grid.getDataProvider().refreshAll()).open();
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
    }

    void confirmDelete(FollowUpSummary followUp) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("customer.followUp.deleteTitle"));
        confirm.setText(getTranslation("customer.followUp.deleteText", Formats.date(followUp.occurredOn(), getLocale()),
                getTranslation("customer.followUpKind." + followUp.kind().name())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("common.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> delete(followUp));
        confirm.open();
    }

    void delete(FollowUpSummary followUp) {
        try {
            followUps.delete(customerId, followUp.id(), followUp.version());
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout kindCell(FollowUpSummary followUp) {
        HorizontalLayout cell = new HorizontalLayout(
                new Span(getTranslation("customer.followUpKind." + followUp.kind().name())));
        cell.setSpacing(true);
        if (followUp.late()) {
            Span late = new Span(getTranslation("customer.followUp.lateBadge"));
            late.getElement().getThemeList().add("badge error");
            late.setTitle(getTranslation("customer.followUp.lateHint"));
            late.addClassName("late-badge");
            cell.add(late);
        }
        return cell;
    }

    private HorizontalLayout actions(FollowUpSummary followUp) {
        HorizontalLayout actions = new HorizontalLayout();
        if (followUp.editable()) {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(followUp));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("common.edit"));
            actions.add(edit);
        }
        if (followUp.deletable()) {
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(followUp));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("common.delete"));
            actions.add(delete);
        }
        return actions;
    }
}
