package com.keyaccount.portal.approval.ui;

import com.keyaccount.portal.approval.ApprovalChainService;
import com.keyaccount.portal.approval.ApproverRule;
import com.keyaccount.portal.approval.ChainDraft;
import com.keyaccount.portal.approval.ChainStepDraft;
import com.keyaccount.portal.approval.ChainSummary;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * 审批流程 / Approval chains: the administrator picks a request type and edits its ordered steps (rule and office),
 * adds, removes and moves them, and saves; the service validates and refuses a chain someone else changed meanwhile.
 */
@Route("admin/approval-chains")
@RolesAllowed(Permissions.Approval.MANAGE)
@Menu(order = 930, icon = "vaadin:connect", title = "menu.approvalChains")
public class ApprovalChainsView extends Main implements HasDynamicTitle {

    final Grid<ChainSummary> types = new Grid<>();
    final H3 editing = new H3();
    final VerticalLayout rows = new VerticalLayout();
    final Button addStep = new Button();
    final Button save = new Button();
    final List<ChainStepRow> stepRows = new ArrayList<>();

    private final ApprovalChainService chains;
    private ChainDraft draft;

    ApprovalChainsView(ApprovalChainService chains) {
        this.chains = chains;
        addClassNames("view-content", "approval-chains");
        types.addColumn(summary -> getTranslation(summary.typeNameKey())).setHeader(getTranslation("approval.type"))
                .setFlexGrow(1);
        types.addColumn(ChainSummary::stepCount).setHeader(getTranslation("approval.stepCount")).setAutoWidth(true);
        types.setWidth("24rem");
        types.setAllRowsVisible(true);
        types.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(chains.load(change.getValue().typeKey()));
            }
        });
        rows.setPadding(false);
        addStep.setText(getTranslation("approval.addStep"));
        addStep.addClickListener(click -> {
            addRow(new ChainStepDraft(ApproverRule.REQUESTER_MANAGER, null));
            renumber();
        });
        save.setText(getTranslation("approval.saveChain"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Div editor = new Div(editing, rows, new HorizontalLayout(addStep, save));
        editor.getStyle().set("flex", "1");
        HorizontalLayout body = new HorizontalLayout(types, editor);
        body.setWidthFull();
        add(body);
        types.setItems(chains.findChains());
        showEditor(false);
    }

    void edit(ChainDraft loaded) {
        draft = loaded;
        editing.setText(getTranslation(loaded.typeNameKey()));
        rows.removeAll();
        stepRows.clear();
        loaded.steps().forEach(this::addRow);
        renumber();
        showEditor(true);
    }

    private void showEditor(boolean shown) {
        editing.setVisible(shown);
        addStep.setVisible(shown);
        save.setVisible(shown);
    }

    private void addRow(ChainStepDraft step) {
        ChainStepRow row = new ChainStepRow(step);
        row.up.addClickListener(click -> move(row, -1));
        row.down.addClickListener(click -> move(row, 1));
        row.remove.addClickListener(click -> {
            stepRows.remove(row);
            renumber();
        });
        stepRows.add(row);
    }

    void move(ChainStepRow row, int by) {
        int from = stepRows.indexOf(row);
        int to = from + by;
        if (to >= 0 && to < stepRows.size()) {
            stepRows.remove(from);
            stepRows.add(to, row);
            renumber();
        }
    }

    private void renumber() {
        rows.removeAll();
        for (int i = 0; i < stepRows.size(); i++) {
            stepRows.get(i).number(i + 1, stepRows.size());
            rows.add(stepRows.get(i));
        }
    }

    void save() {
        try {
            chains.save(draft.withSteps(stepRows.stream().map(ChainStepRow::draft).toList()));
            UiErrors.showSuccess(getTranslation("approval.chainSaved"));
            String typeKey = draft.typeKey();
            types.setItems(chains.findChains());
            edit(chains.load(typeKey));
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.approvalChains");
    }
}
