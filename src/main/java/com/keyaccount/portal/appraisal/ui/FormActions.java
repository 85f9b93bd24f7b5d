package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.FormAction;
import com.keyaccount.portal.appraisal.FormDetail;
import com.keyaccount.portal.appraisal.FormStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Set;

/**
 * The buttons of an appraisal form, each shown only when the signed-in person may use it now; moves are confirmed
 * first (the signature says that a SHA-256 of the content is kept), returning and reopening ask a reason.
 */
class FormActions extends HorizontalLayout {

    /** What the buttons do, once confirmed. */
    interface Listener {
        void save();

        void fillKpis();

        void move(FormAction action);

        void returnTo(FormStatus target, String reason);

        void reopen(String reason);

        void print();
    }

    final Button save = new Button();
    final Button fillKpis = new Button();
    final Button submitSelf = new Button();
    final Button submitScores = new Button();
    final Button sign = new Button();
    final Button approve = new Button();
    final Button sendBack = new Button();
    final Button reopen = new Button();
    final Button print = new Button();

    FormActions(FormDetail detail, boolean hasKpis, Listener listener) {
        addClassName("appraisal-actions");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.CENTER);
        FormDetail.Allowed allowed = detail.allowed();
        boolean editing = allowed.editSelf() || allowed.score();
        setUp(save, "appraisal.ui.form.action.save", editing, listener::save);
        save.setIcon(VaadinIcon.CHECK.create());
        setUp(fillKpis, "appraisal.ui.form.action.fillKpis", editing && hasKpis, listener::fillKpis);
        fillKpis.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        setUp(submitSelf, "appraisal.action.SUBMIT_SELF", allowed.editSelf(),
                () -> confirm(FormAction.SUBMIT_SELF, listener));
        setUp(submitScores, "appraisal.action.SUBMIT_SCORES", allowed.score(),
                () -> confirm(FormAction.SUBMIT_SCORES, listener));
        setUp(sign, "appraisal.action.SIGN", allowed.sign(), () -> confirm(FormAction.SIGN, listener));
        setUp(approve, "appraisal.action.APPROVE", allowed.approve(), () -> confirm(FormAction.APPROVE, listener));
        for (Button primary : new Button[] {submitSelf, submitScores, sign, approve}) {
            primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Set<FormStatus> targets = allowed.returnTargets();
        setUp(sendBack, "appraisal.action.RETURN", !targets.isEmpty(), () -> new ReasonDialog(
                "appraisal.action.RETURN", targets, listener::returnTo).open());
        setUp(reopen, "appraisal.action.REOPEN", allowed.reopen(), () -> new ReasonDialog("appraisal.action.REOPEN",
                Set.of(), (target, reason) -> listener.reopen(reason)).open());
        boolean isFinal = detail.scorecard().status() == FormStatus.FINAL;
        setUp(print, "appraisal.ui.form.action.print", isFinal || !detail.selfOnly(), listener::print);
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(save, fillKpis, submitSelf, submitScores, sign, approve, sendBack, reopen, print);
    }

    private void setUp(Button button, String key, boolean visible, Runnable click) {
        button.setText(getTranslation(key));
        button.setVisible(visible);
        button.addClickListener(event -> click.run());
    }

    private void confirm(FormAction action, Listener listener) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("appraisal.action." + action.name()));
        dialog.setText(getTranslation("appraisal.ui.form.confirm." + action.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("appraisal.action." + action.name()));
        dialog.addConfirmListener(event -> listener.move(action));
        dialog.open();
    }
}
