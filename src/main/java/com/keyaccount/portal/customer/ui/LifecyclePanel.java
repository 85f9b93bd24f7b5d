package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerLifecycleService;
import com.keyaccount.portal.customer.CustomerSurveyService;
import com.keyaccount.portal.customer.LifecycleAction;
import com.keyaccount.portal.customer.LifecycleState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.Map;

/**
 * The archive's lifecycle (000 大客户开发选择制度, 000 客户名册管理制度): its status and code, and a button for each move
 * the signed-in person may make now, each confirmed in a dialog (with a reason where the move needs one). The survey
 * opens as {@link SurveyForm}. Mounted by the archive page; {@link #onChange} tells it when the status moved.
 */
public class LifecyclePanel extends VerticalLayout {

    final Span status = new Span();
    final Span code = new Span();
    final Span reason = new Span();
    final Button viewSurvey = new Button(getTranslation("customer.lifecycle.action.VIEW_SURVEY"));
    final Map<LifecycleAction, Button> buttons = new EnumMap<>(LifecycleAction.class);

    private final CustomerLifecycleService lifecycle;
    private final CustomerSurveyService surveys;
    private final long customerId;
    private Runnable changed = () -> { };
    LifecycleState state;

    public LifecyclePanel(CustomerLifecycleService lifecycle, CustomerSurveyService surveys, long customerId) {
        this.lifecycle = lifecycle;
        this.surveys = surveys;
        this.customerId = customerId;
        setPadding(false);
        status.getElement().getThemeList().add("badge");
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        for (LifecycleAction action : LifecycleAction.values()) {
            Button button = new Button(getTranslation("customer.lifecycle.action." + action.name()),
                    click -> perform(action));
            if (action == LifecycleAction.SUBMIT_TRADE_SURVEY || action == LifecycleAction.ACTIVATE) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.put(action, button);
            actions.add(button);
        }
        viewSurvey.addClickListener(click -> new SurveyForm(surveys, customerId, false, this::refresh).open());
        actions.add(viewSurvey);
        FlexLayout header = new FlexLayout(status, code);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.getStyle().set("gap", "var(--lumo-space-m)");
        add(header, reason, actions);
        refresh();
    }

    /** Runs after every move, e.g. so the page reloads the archive. */
    public void onChange(Runnable listener) {
        this.changed = listener;
    }

    /** Reads the state again and shows only the moves allowed now. */
    public void refresh() {
        state = lifecycle.state(customerId);
        status.setText(getTranslation("customer.status." + state.status().name()));
        code.setText(state.code() == null ? getTranslation("customer.lifecycle.noCode")
                : getTranslation("customer.lifecycle.code", state.code()));
        String why = state.statusReason() == null ? "" : state.statusReason();
        reason.setText(state.endKind() == null ? why
                : getTranslation("customer.endKind." + state.endKind().name()) + (why.isEmpty() ? "" : ": " + why));
        reason.setVisible(!reason.getText().isEmpty());
        buttons.forEach((action, button) -> button.setVisible(state.allows(action)));
        viewSurvey.setVisible(!state.allows(LifecycleAction.EDIT_SURVEY));
    }

    private void perform(LifecycleAction action) {
        switch (action) {
            case EDIT_SURVEY -> new SurveyForm(surveys, customerId, true, this::refresh).open();
            case STOP_SURVEY -> confirm(action, true, false, (why, kind) -> lifecycle.stopSurvey(customerId, why));
            case TERMINATE -> confirm(action, true, true, (why, kind) -> lifecycle.terminate(customerId, kind, why));
            case REACTIVATE -> confirm(action, true, false, (why, kind) -> lifecycle.reactivate(customerId, why));
            case START_SURVEY -> confirm(action, false, false, (why, kind) -> lifecycle.startSurvey(customerId));
            case RESUME_SURVEY -> confirm(action, false, false, (why, kind) -> lifecycle.resumeSurvey(customerId));
            case SUBMIT_TRADE_SURVEY ->
                confirm(action, false, false, (why, kind) -> lifecycle.submitTradeSurvey(customerId));
            case RESUBMIT_TRADE_SURVEY ->
                confirm(action, false, false, (why, kind) -> lifecycle.resubmitTradeSurvey(customerId));
            case ACTIVATE -> confirm(action, false, false, (why, kind) -> {
                String assigned = lifecycle.activate(customerId);
                UiErrors.showSuccess(getTranslation("customer.lifecycle.activated", assigned));
            });
            case REQUEST_DEREGISTRATION ->
                confirm(action, false, false, (why, kind) -> lifecycle.requestDeregistration(customerId));
        }
    }

    private void confirm(LifecycleAction action, boolean needsReason, boolean needsEndKind,
            LifecycleDialog.Action move) {
        new LifecycleDialog(action.name(), needsReason, needsEndKind, (why, kind) -> {
            move.run(why, kind);
            refresh();
            changed.run();
        }).open();
    }
}
