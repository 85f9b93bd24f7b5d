package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalCycleService;
import com.keyaccount.portal.appraisal.AppraisalQueryService;
import com.keyaccount.portal.appraisal.CalibrationService;
import com.keyaccount.portal.appraisal.CalibrationService.BulkApproval;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.DistributionRule;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calibration of a cycle (issue 14, "Calibration"): every form of the person's departments side by side with section
 * scores, total, level, rank and the previous period, the level distribution as a chart and a table, the cycle's
 * distribution rule as a warning, approval of many signed forms at once, and the department's prints.
 */
@Route("appraisals/cycles/:id/calibration")
@RolesAllowed(Permissions.Appraisal.CALIBRATE)
public class CalibrationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Select<DepartmentReference> department = new Select<>();
    final RadioButtonGroup<CycleResultsOrder> order = new RadioButtonGroup<>();
    final Div warning = new Div();
    final Div outcome = new Div();
    final ResultsGrid grid = new ResultsGrid();
    final DistributionPanel distribution = new DistributionPanel();
    final Button approve = new Button();
    final Button statement = new Button();
    final Button excel = new Button();
    final Button batch = new Button();

    private final AppraisalCycleService cycles;
    private final AppraisalQueryService queries;
    private final CalibrationService calibration;
    private long cycleId;
    private CycleResults results;

    CalibrationView(AppraisalCycleService cycles, AppraisalQueryService queries, CalibrationService calibration) {
        this.cycles = cycles;
        this.queries = queries;
        this.calibration = calibration;
        addClassNames("view-content", "calibration");
        department.setLabel(getTranslation("appraisal.ui.calibration.department"));
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("appraisal.ui.calibration.allDepartments"));
        department.setItemLabelGenerator(d -> d == null ? getTranslation("appraisal.ui.calibration.allDepartments")
                : d.name());
        department.addValueChangeListener(e -> refresh());
        order.setLabel(getTranslation("appraisal.ui.calibration.order"));
        order.setItems(CycleResultsOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("appraisal.ui.calibration.order." + o.name()));
        order.setValue(CycleResultsOrder.RANK);
        order.addValueChangeListener(e -> refresh());
        approve.setText(getTranslation("appraisal.ui.calibration.approveSelected"));
        approve.setIcon(new Icon(VaadinIcon.CHECK_SQUARE_O));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(false);
        approve.addClickListener(click -> confirmApproval());
        grid.addSelectionListener(e -> approve.setEnabled(!e.getAllSelectedItems().isEmpty()));
        grid.addItemClickListener(e -> navigate("appraisals/forms/" + e.getItem().formId(), QueryParameters.empty()));
        statement.setText(getTranslation("appraisal.ui.calibration.statement"));
        statement.addClickListener(click -> print("statement"));
        excel.setText(getTranslation("appraisal.ui.calibration.excel"));
        excel.addClickListener(click -> print("xlsx"));
        batch.setText(getTranslation("appraisal.ui.calibration.batch"));
        batch.addClickListener(click -> print("batch"));
        for (Button print : List.of(statement, excel, batch)) {
            print.setIcon(new Icon(VaadinIcon.PRINT));
        }
        warning.getElement().getThemeList().add("badge error");
        warning.setVisible(false);
        outcome.setVisible(false);
        add(new ViewToolbar().withFilters(title, department, order).withActions(approve, statement, excel, batch),
                warning, outcome, distribution, grid);
    }

    /** This view's route for a cycle. */
    static String route(long cycleId) {
        return "appraisals/cycles/" + cycleId + "/calibration";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        cycleId = id.get();
        try {
            department.setItems(cycles.calibrationDepartments(cycleId));
            refresh();
        } catch (RuntimeException e) {
            title.setText(getTranslation("appraisal.ui.calibration.title"));
            outcome.removeAll();
            outcome.add(new Span(UiErrors.message(e)));
            outcome.setVisible(true);
        }
    }

    void refresh() {
        if (cycleId == 0) {
            return;
        }
        Long departmentId = department.getValue() == null ? null : department.getValue().id();
        results = queries.results(cycleId, departmentId, order.getValue());
        title.setText(getTranslation("appraisal.ui.calibration.heading", results.cycleName()));
        grid.show(results);
        distribution.show(results);
        Optional<DistributionRule.Warning> exceeded = calibration.warning(cycleId, departmentId);
        warning.setText(exceeded.map(w -> getTranslation("appraisal.ui.calibration.warning", w.excellent(),
                w.scored(), w.percent().toPlainString(), w.maxPercent().stripTrailingZeros().toPlainString()))
                .orElse(""));
        warning.setVisible(exceeded.isPresent());
    }

    private void confirmApproval() {
        Long departmentId = department.getValue() == null ? null : department.getValue().id();
        Map<Long, Long> versions = new LinkedHashMap<>();
        grid.getSelectedItems().forEach(row -> versions.put(row.formId(), row.version()));
        new BulkApproveDialog(versions.size(), calibration.warning(cycleId, departmentId), acknowledged -> {
            try {
                showOutcome(calibration.approveAll(cycleId, departmentId, versions, acknowledged));
            } catch (RuntimeException e) {
                UiErrors.showNotification(e);
            }
            refresh();
        }).open();
    }

    private void showOutcome(BulkApproval result) {
        outcome.removeAll();
        outcome.add(new Div(getTranslation("appraisal.ui.calibration.approved", result.approved().size())));
        Map<Long, String> names = new LinkedHashMap<>();
        results.rows().forEach(row -> names.put(row.formId(), row.employeeName()));
        for (BulkApproval.Refusal refusal : result.refused()) {
            outcome.add(new Div(getTranslation("appraisal.ui.calibration.refused",
                    names.getOrDefault(refusal.formId(), "#" + refusal.formId()),
                    getTranslation(refusal.messageKey(), refusal.arguments().toArray()))));
        }
        outcome.setVisible(true);
    }

    private void print(String report) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (department.getValue() != null) {
            parameters.put("department", String.valueOf(department.getValue().id()));
        }
        parameters.put("report", report);
        parameters.put("order", order.getValue().name());
        navigate("appraisals/cycles/" + cycleId + "/print", QueryParameters.simple(parameters));
    }

    private void navigate(String route, QueryParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(route, parameters));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appraisal.ui.calibration.title");
    }
}
