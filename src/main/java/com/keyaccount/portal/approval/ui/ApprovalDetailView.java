package com.keyaccount.portal.approval.ui;

import com.keyaccount.portal.approval.ApprovalRequestDetail;
import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.ApprovalStepView;
import com.keyaccount.portal.approval.ApproverRule;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.approval.Decision;
import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One request: what it is about, who asked, each step with its approver, decision, comment and time, and where it
 * stands. The current approver gets approve / reject / return, the requester withdraw and (after a return) resubmit.
 */
@Route("approvals/:requestId")
@RolesAllowed(Permissions.Approval.USE)
public class ApprovalDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div facts = new Div();
    final Grid<ApprovalStepView> steps = new Grid<>();
    final Button approve = new Button();
    final Button reject = new Button();
    final Button sendBack = new Button();
    final Button withdraw = new Button();
    final Button resubmit = new Button();

    private final ApprovalService approvals;
    private final ZoneId zone;
    private ApprovalRequestDetail detail;

    ApprovalDetailView(ApprovalService approvals, ZoneId zone) {
        this.approvals = approvals;
        this.zone = zone;
        addClassNames("view-content", "approval-detail");
        approve.setText(getTranslation("approval.decision.APPROVE"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> openDecision(Decision.APPROVE));
        reject.setText(getTranslation("approval.decision.REJECT"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(click -> openDecision(Decision.REJECT));
        sendBack.setText(getTranslation("approval.decision.RETURN"));
        sendBack.addClickListener(click -> openDecision(Decision.RETURN));
        withdraw.setText(getTranslation("approval.withdraw"));
        withdraw.addClickListener(click -> confirm("approval.withdrawConfirm",
                () -> approvals.withdraw(detail.id(), detail.version())));
        resubmit.setText(getTranslation("approval.resubmit"));
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.addClickListener(click -> confirm("approval.resubmitConfirm",
                () -> approvals.resubmit(detail.id(), detail.version())));

        steps.addColumn(ApprovalStepView::round).setHeader(getTranslation("approval.round")).setAutoWidth(true);
        steps.addColumn(ApprovalStepView::stepNo).setHeader(getTranslation("approval.step")).setAutoWidth(true);
        steps.addColumn(this::ruleText).setHeader(getTranslation("approval.rule")).setAutoWidth(true);
        steps.addColumn(this::approverText).setHeader(getTranslation("approval.approver")).setAutoWidth(true);
        steps.addColumn(step -> getTranslation("approval.stepState." + step.state().name()))
                .setHeader(getTranslation("approval.stepState")).setAutoWidth(true);
        steps.addColumn(step -> step.comment() == null ? "" : step.comment())
                .setHeader(getTranslation("approval.comment")).setFlexGrow(1);
        steps.addColumn(step -> Formats.dateTime(step.decidedAt(), zone, getLocale()))
                .setHeader(getTranslation("approval.decidedAt")).setAutoWidth(true);
        steps.setAllRowsVisible(true);
        HorizontalLayout actions = new HorizontalLayout(approve, reject, sendBack, withdraw, resubmit);
        add(title, facts, steps, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("requestId");
        if (id.isEmpty()) {
            event.rerouteToError(IllegalArgumentException.class);
            return;
        }
        try {
            show(approvals.find(id.get()));
        } catch (RuntimeException e) {
            detail = null;
            title.setText(getTranslation("approval.detailTitle"));
            facts.removeAll();
            facts.add(new Span(UiErrors.message(e)));
            steps.setItems();
            showActions(false, false, false);
        }
    }

    void show(ApprovalRequestDetail shown) {
        detail = shown;
        title.setText(getTranslation(shown.typeNameKey()) + " · " + shown.objectLabel());
        facts.removeAll();
        facts.add(fact("approval.requester", shown.requesterName()),
                fact("approval.submittedAt", Formats.dateTime(shown.submittedAt(), zone, getLocale())),
                fact("approval.status", getTranslation("approval.status." + shown.status().name())));
        if (shown.objectRoute() != null) {
            facts.add(new Div(new Anchor(shown.objectRoute(), getTranslation("approval.openObject"))));
        }
        steps.setItems(shown.steps());
        showActions(shown.mayDecide(), shown.mayWithdraw(), shown.mayResubmit());
    }

    private void showActions(boolean decide, boolean mayWithdraw, boolean mayResubmit) {
        approve.setVisible(decide);
        reject.setVisible(decide);
        sendBack.setVisible(decide);
        withdraw.setVisible(mayWithdraw);
        resubmit.setVisible(mayResubmit);
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-inline-end", "0.5em");
        return new Div(label, new Span(value));
    }

    private String ruleText(ApprovalStepView step) {
        String rule = getTranslation("approval.rule." + step.rule().name());
        return step.rule() == ApproverRule.OFFICE ? rule + " · " + officeText(step.officeTitle()) : rule;
    }

    /** The office's translated name; a code no longer known is shown as stored. */
    private String officeText(String code) {
        return Arrays.stream(Office.values()).filter(office -> office.name().equals(code)).findFirst()
                .map(office -> getTranslation("office." + office.name())).orElse(code);
    }

    private String approverText(ApprovalStepView step) {
        return step.escalated() ? getTranslation("approval.escalated", step.approverName()) : step.approverName();
    }

    void openDecision(Decision decision) {
        new DecisionDialog(decision, comment -> {
            approvals.decide(detail.id(), decision, comment, detail.version());
            UiErrors.showSuccess(getTranslation("approval.decided." + decision.name()));
            reload();
        }).open();
    }

    private void confirm(String textKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("approval.confirmTitle"));
        dialog.setText(getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("approval.cancel"));
        dialog.setConfirmText(getTranslation("approval.confirm"));
        dialog.addConfirmListener(event -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                UiErrors.showNotification(e);
            }
            reload();
        });
        dialog.open();
    }

    private void reload() {
        try {
            show(approvals.find(detail.id()));
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.detailTitle");
    }
}
