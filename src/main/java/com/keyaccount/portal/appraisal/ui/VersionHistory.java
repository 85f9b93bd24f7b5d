package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.TemplateSummary;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;

/** Every version of the template, newest first; any one opens in the designer (read-only unless the newest). */
final class VersionHistory extends Details {

    final Grid<TemplateSummary> grid = new Grid<>();

    VersionHistory(ZoneId zone, LongConsumer open) {
        setSummaryText(getTranslation("appraisal.designer.history"));
        grid.addColumn(summary -> getTranslation("appraisal.designer.versionNumber", summary.version()))
                .setHeader(getTranslation("appraisal.designer.version")).setAutoWidth(true);
        grid.addColumn(summary -> Formats.dateTime(summary.createdAt(), zone, getLocale()))
                .setHeader(getTranslation("appraisal.designer.createdAt")).setAutoWidth(true);
        grid.addColumn(TemplateSummary::createdBy).setHeader(getTranslation("appraisal.designer.createdBy"))
                .setAutoWidth(true);
        grid.addComponentColumn(summary -> {
            Span state = new Span(getTranslation(summary.latest() ? "appraisal.designer.current"
                    : "appraisal.designer.older"));
            state.getElement().getThemeList().add(summary.latest() ? "badge success" : "badge contrast");
            return state;
        }).setAutoWidth(true);
        grid.addComponentColumn(summary -> {
            Button button = new Button(getTranslation("appraisal.designer.openVersion"),
                    click -> open.accept(summary.id()));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return button;
        }).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(List<TemplateSummary> versions) {
        grid.setItems(versions);
    }
}
