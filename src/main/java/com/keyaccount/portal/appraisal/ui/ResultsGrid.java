package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.FormStatus;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import com.keyaccount.portal.appraisal.TextSection;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The calibration table of a cycle: one line per form with the score of each scored section of the template (its
 * title in the person's language), the total (综合得分), level, rank, the previous period's result (上季结果) and the
 * suggested salary-grade change (工资等级调整). Signed forms may be selected for approval.
 */
class ResultsGrid extends Grid<CycleResults.Row> {

    private TemplateDefinition columnsFor;

    ResultsGrid() {
        addClassName("calibration-results");
        setSelectionMode(SelectionMode.MULTI);
        setItemSelectableProvider(row -> row.status() == FormStatus.SIGNED);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setEmptyStateText(getTranslation("appraisal.ui.calibration.empty"));
        setSizeFull();
    }

    /** Shows the results; the section columns are laid out again when the template differs. */
    void show(CycleResults results) {
        if (!results.template().equals(columnsFor)) {
            columnsFor = results.template();
            columns(results.template());
        }
        deselectAll();
        setItems(results.rows());
    }

    /** Fixed widths in em: measured widths leave out the sort indicator and cut the headers. */
    private void columns(TemplateDefinition template) {
        removeAllColumns();
        addColumn(row -> row.rank() == null ? "" : Formats.number(row.rank(), getLocale()))
                .setHeader(getTranslation("appraisal.ui.calibration.rank")).setKey("rank").setSortable(true)
                .setComparator(Comparator.comparing(CycleResults.Row::rank,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5em").setFlexGrow(0).setFrozen(true);
        addColumn(row -> row.employeeName() + " (" + row.employeeNo() + ")")
                .setHeader(getTranslation("appraisal.ui.calibration.employee")).setSortable(true)
                .setComparator(Comparator.comparing(CycleResults.Row::employeeNo)).setWidth("11em")
                .setFrozen(true);
        addColumn(CycleResults.Row::departmentName).setHeader(getTranslation("appraisal.ui.calibration.department"))
                .setSortable(true).setWidth("8em");
        addColumn(row -> getTranslation("appraisal.status." + row.status().name()))
                .setHeader(getTranslation("appraisal.ui.calibration.status")).setSortable(true)
                .setComparator(Comparator.comparing(CycleResults.Row::status)).setWidth("8em");
        for (SectionDefinition section : scoredSections(template)) {
            score(row -> row.sectionScores().get(section.code()), section.title().in(getLocale()));
        }
        score(CycleResults.Row::total, getTranslation("appraisal.ui.calibration.total")).setKey("total");
        addComponentColumn(row -> CycleLabels.levelBadge(this, row.level()))
                .setHeader(getTranslation("appraisal.ui.calibration.level")).setSortable(true)
                .setComparator(Comparator.comparing(CycleResults.Row::level,
                        Comparator.nullsLast(Comparator.naturalOrder()))).setWidth("7em").setFlexGrow(0);
        addColumn(this::previous).setHeader(getTranslation("appraisal.ui.calibration.previous")).setWidth("9em");
        addColumn(this::gradeChange).setHeader(getTranslation("appraisal.ui.calibration.gradeChange"))
                .setWidth("12em");
    }

    private Column<CycleResults.Row> score(Function<CycleResults.Row, BigDecimal> value, String header) {
        return addColumn(row -> Formats.number(value.apply(row), getLocale())).setHeader(header).setSortable(true)
                .setComparator(Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END).setWidth("8em");
    }

    private String previous(CycleResults.Row row) {
        if (row.previousTotal() == null) {
            return "";
        }
        return row.previousLevel() == null ? Formats.number(row.previousTotal(), getLocale())
                : getTranslation("appraisal.ui.calibration.previousText", Formats.number(row.previousTotal(),
                        getLocale()), getTranslation("appraisal.level." + row.previousLevel().name()));
    }

    private String gradeChange(CycleResults.Row row) {
        if (row.gradeChange() == null) {
            return "";
        }
        String steps = row.gradeChange() > 0 ? "+" + row.gradeChange() : String.valueOf(row.gradeChange());
        return row.suggestedGrade() == null ? steps
                : getTranslation("appraisal.ui.calibration.gradeText", steps, row.suggestedGrade());
    }

    /** The sections that score: a banded indicator, a KPI, or a scored text section or opinion. */
    static List<SectionDefinition> scoredSections(TemplateDefinition template) {
        return template.sections().stream().filter(s -> s.items().stream().anyMatch(ResultsGrid::scores)).toList();
    }

    private static boolean scores(ItemDefinition item) {
        return switch (item) {
            case BandedIndicator indicator -> true;
            case KpiItem kpi -> true;
            case TextSection text -> text.score() != null;
            case DepartmentOpinion opinion -> opinion.score() != null;
            default -> false;
        };
    }
}
