package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalCycleService;
import com.keyaccount.portal.appraisal.CycleParticipant;
import com.keyaccount.portal.appraisal.CycleSummary;
import com.keyaccount.portal.appraisal.ParticipantSelection;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.EmployeeOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;

/**
 * A cycle's participants (参与人): added by department (with or without the departments below, optionally of one
 * position) or by hand, removed after confirmation, each with a reviewer that may be changed while the cycle is a
 * draft.
 */
class ParticipantsPanel extends VerticalLayout {

    final ComboBox<DepartmentReference> department = new ComboBox<>();
    final Checkbox below = new Checkbox();
    final TextField position = new TextField();
    final Button addDepartment = new Button();
    final ComboBox<EmployeeOption> person = new ComboBox<>();
    final Button addPerson = new Button();
    final Grid<CycleParticipant> grid = new Grid<>();

    private final AppraisalCycleService cycles;
    private final Supplier<CycleSummary> cycle;
    private final Runnable changed;
    private final List<EmployeeOption> people;
    final ViewToolbar adding;
    private final Grid.Column<CycleParticipant> actions;

    ParticipantsPanel(AppraisalCycleService cycles, List<DepartmentReference> departments,
            List<EmployeeOption> people, Supplier<CycleSummary> cycle, Runnable changed) {
        this.cycles = cycles;
        this.cycle = cycle;
        this.changed = changed;
        this.people = people;
        setPadding(false);
        department.setLabel(getTranslation("appraisal.ui.cycle.addDepartment"));
        department.setItems(departments);
        department.setItemLabelGenerator(DepartmentReference::name);
        below.setLabel(getTranslation("appraisal.ui.cycle.includeBelow"));
        below.setValue(true);
        position.setLabel(getTranslation("appraisal.ui.cycle.position"));
        position.setPlaceholder(getTranslation("appraisal.ui.cycle.anyPosition"));
        position.setClearButtonVisible(true);
        addDepartment.setText(getTranslation("appraisal.ui.cycle.add"));
        addDepartment.addClickListener(click -> addByDepartment());
        person.setLabel(getTranslation("appraisal.ui.cycle.addPerson"));
        person.setItems(people);
        person.setItemLabelGenerator(EmployeeOption::label);
        person.setWidth("20em");
        addPerson.setText(getTranslation("appraisal.ui.cycle.add"));
        addPerson.addClickListener(click -> addByHand());
        adding = new ViewToolbar().withFilters(department, below, position, addDepartment, person, addPerson);

        grid.addColumn(CycleParticipant::employeeNo).setHeader(getTranslation("appraisal.ui.cycle.employeeNo"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(CycleParticipant::employeeName).setHeader(getTranslation("appraisal.ui.cycle.employee"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(CycleParticipant::departmentName).setHeader(getTranslation("appraisal.ui.cycle.department"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(p -> p.positionTitle() == null ? "" : p.positionTitle())
                .setHeader(getTranslation("appraisal.ui.cycle.position")).setFlexGrow(1);
        grid.addColumn(CycleParticipant::reviewerName).setHeader(getTranslation("appraisal.ui.cycle.reviewer"))
                .setAutoWidth(true).setSortable(true);
        actions = grid.addComponentColumn(this::rowActions).setHeader(getTranslation("appraisal.ui.cycle.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("appraisal.ui.cycle.noParticipants"));
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("appraisal.ui.cycle.participantsTitle")), adding, grid);
    }

    /** Shows the participants; the editing tools only while the cycle is a draft the person may change. */
    void show(List<CycleParticipant> participants, boolean editable) {
        grid.setItems(participants);
        adding.setVisible(editable);
        actions.setVisible(editable);
    }

    private void addByDepartment() {
        if (department.getValue() == null) {
            department.setErrorMessage(getTranslation("appraisal.ui.cycle.departmentRequired"));
            department.setInvalid(true);
            return;
        }
        department.setInvalid(false);
        addParticipants(new ParticipantSelection(department.getValue().id(), below.getValue(), position.getValue(), List.of()));
    }

    private void addByHand() {
        if (person.getValue() == null) {
            person.setErrorMessage(getTranslation("appraisal.ui.cycle.personRequired"));
            person.setInvalid(true);
            return;
        }
        person.setInvalid(false);
        addParticipants(ParticipantSelection.ofEmployees(List.of(person.getValue().id())));
        person.clear();
    }

    private void addParticipants(ParticipantSelection selection) {
        CycleSummary current = cycle.get();
        run(() -> UiErrors.showSuccess(getTranslation("appraisal.ui.cycle.added",
                cycles.addParticipants(current.id(), current.version(), selection))));
    }

    private HorizontalLayout rowActions(CycleParticipant participant) {
        Button reviewer = new Button(new Icon(VaadinIcon.USER_CHECK), click -> new ReviewerDialog(participant,
                people, reviewerId -> {
                    CycleSummary current = cycle.get();
                    cycles.changeReviewer(current.id(), current.version(), participant.employeeId(), reviewerId);
                    changed.run();
                }).open());
        reviewer.setTooltipText(getTranslation("appraisal.ui.cycle.changeReviewer"));
        reviewer.setAriaLabel(getTranslation("appraisal.ui.cycle.changeReviewer"));
        Button remove = new Button(new Icon(VaadinIcon.TRASH), click -> confirmRemove(participant));
        remove.setTooltipText(getTranslation("appraisal.ui.cycle.remove"));
        remove.setAriaLabel(getTranslation("appraisal.ui.cycle.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(reviewer, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        return new HorizontalLayout(reviewer, remove);
    }

    void confirmRemove(CycleParticipant participant) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("appraisal.ui.cycle.removeTitle"));
        dialog.setText(getTranslation("appraisal.ui.cycle.removeText", participant.employeeName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("appraisal.ui.cycle.cancel"));
        dialog.setConfirmText(getTranslation("appraisal.ui.cycle.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            CycleSummary current = cycle.get();
            run(() -> cycles.removeParticipant(current.id(), current.version(), participant.employeeId()));
        });
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        changed.run();
    }
}
