package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalCycleService;
import com.keyaccount.portal.appraisal.CycleDraft;
import com.keyaccount.portal.appraisal.CycleStatus;
import com.keyaccount.portal.appraisal.CycleSummary;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One appraisal cycle (考核周期, issue 14 "Cycles and forms"): its settings and participants while it is a draft,
 * opening it (one form per participant), then its progress read-only with the way to calibration, and closing it once
 * every form is final. {@code appraisals/cycles/new} creates one. The general manager sees cycles read-only.
 */
@Route("appraisals/cycles/:id")
@RolesAllowed({Permissions.Appraisal.CYCLE, Permissions.Appraisal.CALIBRATE})
public class CycleEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    final H2 title = new H2();
    final Div facts = new Div();
    final CycleForm form = new CycleForm();
    final Button save = new Button();
    final Button openCycle = new Button();
    final Button close = new Button();
    final Button calibrate = new Button();
    final ParticipantsPanel participants;

    private final AppraisalCycleService cycles;
    private final boolean mayRun;
    private final YearMonth thisMonth;
    private CycleSummary cycle;

    CycleEditorView(AppraisalCycleService cycles, EmployeeService employees, CurrentUser currentUser, Clock clock,
            ZoneId zone) {
        this.cycles = cycles;
        this.mayRun = currentUser.require().hasPermission(Permissions.Appraisal.CYCLE);
        this.thisMonth = YearMonth.now(clock.withZone(zone));
        addClassNames("view-content", "cycle-editor");
        participants = new ParticipantsPanel(cycles, mayRun ? cycles.manageableDepartments() : List.of(),
                mayRun ? employees.findActiveOptions() : List.of(), () -> cycle, this::reload);
        save.setText(getTranslation("appraisal.ui.cycle.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        openCycle.setText(getTranslation("appraisal.ui.cycle.open"));
        openCycle.setIcon(new Icon(VaadinIcon.PLAY));
        openCycle.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        openCycle.addClickListener(click -> confirm("appraisal.ui.cycle.openTitle",
                getTranslation("appraisal.ui.cycle.openText", cycle.participants()), "appraisal.ui.cycle.open",
                () -> UiErrors.showSuccess(getTranslation("appraisal.ui.cycle.opened",
                        cycles.open(cycle.id(), cycle.version())))));
        close.setText(getTranslation("appraisal.ui.cycle.close"));
        close.addClickListener(click -> confirm("appraisal.ui.cycle.closeTitle",
                getTranslation("appraisal.ui.cycle.closeText", cycle.name()), "appraisal.ui.cycle.close",
                () -> cycles.close(cycle.id(), cycle.version())));
        calibrate.setText(getTranslation("appraisal.ui.cycle.calibrate"));
        calibrate.setIcon(new Icon(VaadinIcon.SCALE));
        calibrate.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CalibrationView.route(cycle.id()))));
        add(new ViewToolbar().withFilters(title).withActions(calibrate, close, openCycle, save), facts, form,
                participants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (NEW.equals(id)) {
            if (!mayRun) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            showNew();
            return;
        }
        Optional<Long> cycleId = event.getRouteParameters().getLong("id");
        if (cycleId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            cycle = cycles.cycle(cycleId.get());
            form.show(cycle, cycles.draft(cycle.id()), editable());
            form.setVisible(true);
            facts.setVisible(true);
            participants.setVisible(true);
            reload();
        } catch (RuntimeException e) {
            cycle = null;
            title.setText(getTranslation("appraisal.ui.cycle.title"));
            facts.removeAll();
            facts.add(new Span(UiErrors.message(e)));
            form.setVisible(false);
            participants.setVisible(false);
            showActions();
        }
    }

    private void showNew() {
        cycle = null;
        title.setText(getTranslation("appraisal.ui.cycle.newTitle"));
        form.showNew(cycles.templateOptions(), cycles.manageableDepartments(), thisMonth);
        facts.setVisible(false);
        participants.setVisible(false);
        showActions();
    }

    /** Reads the cycle and its participants again; the form keeps what the person typed. */
    void reload() {
        try {
            cycle = cycles.cycle(cycle.id());
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
            return;
        }
        title.setText(cycle.name());
        facts.removeAll();
        facts.add(CycleLabels.statusBadge(this, cycle.status()), new Span(" "),
                new Span(getTranslation("appraisal.ui.cycle.counts", cycle.participants(), cycle.finalForms())));
        participants.show(cycles.participants(cycle.id()), editable());
        showActions();
    }

    private boolean editable() {
        return mayRun && cycle != null && cycle.status() == CycleStatus.DRAFT;
    }

    private void showActions() {
        boolean draft = editable();
        save.setVisible(cycle == null ? mayRun : draft);
        openCycle.setVisible(draft);
        calibrate.setVisible(cycle != null && cycle.status() != CycleStatus.DRAFT);
        close.setVisible(mayRun && cycle != null && cycle.status() == CycleStatus.OPEN && cycle.participants() > 0
                && cycle.finalForms() == cycle.participants());
    }

    void save() {
        form.clearErrors();
        try {
            if (cycle == null) {
                create();
            } else {
                CycleDraft before = cycles.draft(cycle.id());
                cycles.update(cycle.id(), cycle.version(), form.draft(before.templateId(), before.departmentId()));
                UiErrors.showSuccess(getTranslation("appraisal.ui.cycle.saved"));
                reload();
            }
        } catch (RuntimeException e) {
            UiErrors.show(e, form.fields());
        }
    }

    private void create() {
        if (form.template.getValue() == null || form.department.getValue() == null) {
            requireChosen();
            return;
        }
        long id = cycles.create(form.draft(form.template.getValue().id(), form.department.getValue().id()));
        UiErrors.showSuccess(getTranslation("appraisal.ui.cycle.created"));
        getUI().ifPresent(ui -> ui.navigate("appraisals/cycles/" + id));
    }

    private void requireChosen() {
        if (form.template.getValue() == null) {
            form.template.setErrorMessage(getTranslation("appraisal.cycle.templateMissing"));
            form.template.setInvalid(true);
        }
        if (form.department.getValue() == null) {
            form.department.setErrorMessage(getTranslation("appraisal.ui.cycle.departmentRequired"));
            form.department.setInvalid(true);
        }
    }

    private void confirm(String titleKey, String text, String confirmKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(titleKey));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("appraisal.ui.cycle.cancel"));
        dialog.setConfirmText(getTranslation(confirmKey));
        dialog.addConfirmListener(event -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                UiErrors.showNotification(e);
            }
            reload();
            form.show(cycle, cycles.draft(cycle.id()), editable());
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return cycle == null ? getTranslation("appraisal.ui.cycle.title") : cycle.name();
    }
}
