package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.FormSummary;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * A list of appraisal forms: the forms waiting for the signed-in person (who is appraised, due date with overdue
 * marking) or their own forms (period, total and level once final). A click opens the form.
 */
class FormList extends Grid<FormSummary> {

    /** Which list. */
    enum Kind {
        WAITING, MINE
    }

    FormList(Kind kind, List<FormSummary> forms) {
        addClassName("appraisal-form-list");
        if (kind == Kind.WAITING) {
            addColumn(FormSummary::employeeName).setHeader(getTranslation("appraisal.ui.my.employee"))
                    .setAutoWidth(true);
        }
        addColumn(FormSummary::cycleName).setHeader(getTranslation("appraisal.ui.my.cycle")).setFlexGrow(1);
        if (kind == Kind.MINE) {
            addColumn(f -> FormTexts.period(f.periodStart(), f.periodEnd(), getLocale()))
                    .setHeader(getTranslation("appraisal.ui.my.period")).setAutoWidth(true);
        }
        addColumn(f -> f.templateName().in(getLocale())).setHeader(getTranslation("appraisal.ui.my.template"))
                .setFlexGrow(1);
        addComponentColumn(f -> FormTexts.statusBadge(f.status(),
                getTranslation("appraisal.status." + f.status().name())))
                .setHeader(getTranslation("appraisal.ui.my.status")).setAutoWidth(true);
        if (kind == Kind.WAITING) {
            addComponentColumn(this::dueCell).setHeader(getTranslation("appraisal.ui.my.due")).setAutoWidth(true)
                    .setPartNameGenerator(f -> f.overdue() ? "overdue" : null);
            setEmptyStateText(getTranslation("appraisal.ui.my.waitingEmpty"));
        } else {
            addColumn(f -> FormTexts.score(f.total(), getLocale())).setHeader(getTranslation("appraisal.ui.my.total"))
                    .setAutoWidth(true);
            addColumn(f -> f.level() == null ? "" : getTranslation("appraisal.level." + f.level().name()))
                    .setHeader(getTranslation("appraisal.ui.my.level")).setAutoWidth(true);
            setEmptyStateText(getTranslation("appraisal.ui.my.mineEmpty"));
        }
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AppraisalFormView.route(click.getItem().id()))));
        setAllRowsVisible(true);
        setItems(forms);
    }

    private HorizontalLayout dueCell(FormSummary form) {
        HorizontalLayout cell = new HorizontalLayout(new Span(Formats.date(form.due(), getLocale())));
        cell.setSpacing(true);
        if (form.overdue()) {
            cell.add(FormTexts.errorBadge(getTranslation("appraisal.ui.my.overdue")));
        }
        return cell;
    }
}
