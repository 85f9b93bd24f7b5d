package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.ContractDraft;
import com.keyaccount.portal.customer.ContractService;
import com.keyaccount.portal.customer.ContractSummary;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The archive's contracts and agreements (供货合同, 质量保证合同, 销售协议, VIP客户协议; 000 大客户开发选择制度 第九、十条,
 * 001 一篇 第8条) with their attachments. Mounted as a tab of the archive page; edit buttons only for its editors.
 */
public class ContractsTab extends VerticalLayout {

    final Grid<ContractSummary> grid = new Grid<>();
    final Button add = new Button(getTranslation("customer.contract.add"));

    private final ContractService contracts;
    private final long customerId;
    private final CustomerPermissions permissions;
    private Runnable changed = () -> { };

    public ContractsTab(ContractService contracts, long customerId, CustomerPermissions permissions) {
        this.contracts = contracts;
        this.customerId = customerId;
        this.permissions = permissions;
        setPadding(false);
        grid.addColumn(c -> getTranslation("customer.contractKind." + c.kind().name()))
                .setHeader(getTranslation("customer.contract.kind")).setAutoWidth(true);
        grid.addColumn(ContractSummary::contractNo).setHeader(getTranslation("customer.contract.contractNo"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.signedOn(), getLocale()))
                .setHeader(getTranslation("customer.contract.signedOn"));
        grid.addColumn(c -> period(c)).setHeader(getTranslation("customer.contract.period")).setAutoWidth(true);
        grid.addColumn(c -> c.amount() == null ? "" : Formats.money(c.amount(), getLocale()))
                .setHeader(getTranslation("customer.contract.amount"));
        grid.addColumn(c -> join(c.ourSigner(), c.theirSigner()))
                .setHeader(getTranslation("customer.contract.signers"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(permissions.edit());
        add.addClickListener(click -> new ContractDialog(contracts, customerId, new ContractDraft(), this::refresh)
                .open());
        add(add, grid);
        refresh();
    }

    public void refresh() {
        grid.setItems(contracts.list(customerId));
        changed.run();
    }

    /**
     * Runs after contracts were added, changed or deleted, e.g. so the lifecycle panel offers 设定大客户代码 as soon as
     * the signed contracts that allow a code are on file.
     */
    public void onChange(Runnable listener) {
        this.changed = listener;
    }

    private HorizontalLayout actions(ContractSummary contract) {
        Button files = new Button(getTranslation("customer.contract.filesButton", contract.files().size()),
                click -> new ContractFilesDialog(contracts, contract, permissions.edit(),
                        contracts.disposalNeeded(customerId), this::reload).open());
        files.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(files);
        if (permissions.edit()) {
            Button edit = new Button(getTranslation("common.edit"), click -> new ContractDialog(contracts, customerId,
                    contracts.loadDraft(contract.id()), this::refresh).open());
            Button delete = new Button(getTranslation("common.delete"), click -> confirmDelete(contract));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(edit, delete);
        }
        return row;
    }

    private void confirmDelete(ContractSummary contract) {
        String title = getTranslation("customer.contract.delete");
        new ConfirmDeleteDialog(title, getTranslation("customer.contract.deleteText", contract.contractNo()),
                getTranslation("common.delete"), () -> {
                    try {
                        contracts.delete(contract.id(), contract.version());
                        UiErrors.showSuccess(getTranslation("customer.contract.deleted", contract.contractNo()));
                    } catch (RuntimeException e) {
                        UiErrors.showNotification(e);
                    }
                    refresh();
                }).open();
    }

    /** The contract as listed now; the files dialog shows its attachments after each change. */
    private ContractSummary reload(long contractId) {
        List<ContractSummary> all = contracts.list(customerId);
        grid.setItems(all);
        return all.stream().filter(c -> c.id() == contractId).findFirst().orElseThrow();
    }

    private String period(ContractSummary c) {
        if (c.startsOn() == null && c.endsOn() == null) {
            return "";
        }
        return getTranslation("customer.contract.periodValue", c.startsOn() == null ? "" : Formats.date(c.startsOn(),
                getLocale()), c.endsOn() == null ? "" : Formats.date(c.endsOn(), getLocale()));
    }

    private static String join(String ours, String theirs) {
        return (ours == null ? "" : ours) + " / " + (theirs == null ? "" : theirs);
    }
}
