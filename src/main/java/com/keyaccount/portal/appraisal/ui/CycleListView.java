package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalCycleService;
import com.keyaccount.portal.appraisal.CycleStatus;
import com.keyaccount.portal.appraisal.CycleSummary;
import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.security.PortalUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 考核周期 (issue 14, "Cycles and forms"): the cycles of the departments the person heads (all for the general
 * manager) with their period, template version, status and progress; department heads start new ones, everyone here
 * opens a cycle or its calibration.
 */
@Route("appraisals/cycles")
@RolesAllowed({Permissions.Appraisal.CYCLE, Permissions.Appraisal.CALIBRATE})
@Menu(order = 310, icon = "vaadin:calendar-clock", title = "appraisal.ui.cycle.menu")
public class CycleListView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<CycleStatus> status = new Select<>();
    final Button create = new Button();
    final Grid<CycleSummary> grid = new Grid<>();

    private final AppraisalCycleService cycles;
    private List<CycleSummary> all = List.of();

    CycleListView(AppraisalCycleService cycles, CurrentUser currentUser) {
        this.cycles = cycles;
        addClassNames("view-content", "full-height");
        PortalUser user = currentUser.require();

        search.setPlaceholder(getTranslation("appraisal.ui.cycle.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18em");
        search.addValueChangeListener(event -> filter());
        status.setLabel(getTranslation("appraisal.ui.cycle.status"));
        status.setItems(CycleStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("appraisal.ui.cycle.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("appraisal.ui.cycle.allStatuses")
                : getTranslation("appraisal.cycleStatus." + s.name()));
        status.addValueChangeListener(event -> filter());
        create.setText(getTranslation("appraisal.ui.cycle.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> navigate("appraisals/cycles/new"));
        create.setVisible(user.hasPermission(Permissions.Appraisal.CYCLE));

        grid.addColumn(CycleSummary::name).setHeader(getTranslation("appraisal.ui.cycle.name")).setFlexGrow(2)
                .setSortable(true).setComparator(Comparator.comparing(CycleSummary::name));
        grid.addColumn(c -> CycleLabels.period(this, getLocale(), c.period(), c.periodStart(), c.periodEnd()))
                .setHeader(getTranslation("appraisal.ui.cycle.period")).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(CycleSummary::periodStart));
        grid.addColumn(c -> CycleLabels.template(this, getLocale(), c.templateName(), c.templateVersion()))
                .setHeader(getTranslation("appraisal.ui.cycle.template")).setFlexGrow(2);
        grid.addColumn(CycleSummary::departmentName).setHeader(getTranslation("appraisal.ui.cycle.department"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> CycleLabels.statusBadge(this, c.status()))
                .setHeader(getTranslation("appraisal.ui.cycle.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.number(c.participants(), getLocale()))
                .setHeader(getTranslation("appraisal.ui.cycle.participants")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::progress).setHeader(getTranslation("appraisal.ui.cycle.finalForms"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::calibrateButton).setHeader(getTranslation("appraisal.ui.cycle.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addItemClickListener(event -> navigate("appraisals/cycles/" + event.getItem().id()));
        grid.setEmptyStateText(getTranslation("appraisal.ui.cycle.empty"));
        grid.setSizeFull();

        add(new ViewToolbar().withFilters(search, status).withActions(create), grid);
        refresh();
    }

    void refresh() {
        all = cycles.cycles();
        filter();
    }

    private void filter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream()
                .filter(c -> text.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(text))
                .filter(c -> status.getValue() == null || c.status() == status.getValue()).toList());
    }

    private String progress(CycleSummary cycle) {
        return getTranslation("appraisal.ui.cycle.progress", cycle.finalForms(), cycle.participants());
    }

    private Button calibrateButton(CycleSummary cycle) {
        Button calibrate = new Button(getTranslation("appraisal.ui.cycle.calibrate"),
                click -> navigate(CalibrationView.route(cycle.id())));
        calibrate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        calibrate.setVisible(cycle.status() != CycleStatus.DRAFT);
        return calibrate;
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appraisal.ui.cycle.menu");
    }
}
