package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.Composite;
import com.keyaccount.portal.appraisal.CompositePart;
import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.ScoreRange;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import com.keyaccount.portal.appraisal.TextSection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How a form of the template looks, read-only, as the paper forms of 000 lay it out: section titles with their
 * weight in "()", band tables with each band's description and range, the KPI table with empty actual, rate and score
 * columns, the text points with 备注 and 评语, the departments asked for an opinion, and the composite's columns.
 */
final class TemplatePreview extends Div {

    private final Locale locale;

    TemplatePreview(TemplateDefinition template, Locale locale) {
        this.locale = locale;
        addClassName("template-preview");
        add(new H2(template.name().in(locale)));
        add(new Paragraph(getTranslation("appraisal.designer.previewPeriod",
                getTranslation("appraisal.period." + template.period().name()), template.version())));
        for (SectionDefinition section : template.sections()) {
            String weight = section.weight() == null ? ""
                    : getTranslation("appraisal.designer.previewWeight", plain(section.weight().percent()));
            add(new H3(section.title().in(locale) + weight));
            addBands(section.itemsOf(BandedIndicator.class));
            addKpis(section.itemsOf(KpiItem.class));
            section.items().forEach(this::addItem);
        }
    }

    /** Text sections, opinions and composites; bands and KPIs are tables of their section. */
    private void addItem(ItemDefinition item) {
        if (item instanceof TextSection text) {
            add(new H4(text.name().in(locale) + range(text.score())));
            NativeTable table = table(List.of("appraisal.designer.point", "appraisal.designer.previewRemarks",
                    "appraisal.designer.previewComment"));
            text.points().forEach(point -> table.getBody().addRows(row(List.of(point.in(locale), "", ""))));
            add(table);
        } else if (item instanceof DepartmentOpinion opinion) {
            add(new H4(opinion.name().in(locale) + range(opinion.score())));
            NativeTable table = table(List.of("appraisal.designer.department",
                    "appraisal.designer.previewComment", "appraisal.designer.previewSigned"));
            opinion.departments().forEach(department -> table.getBody()
                    .addRows(row(List.of(department.in(locale), "", ""))));
            add(table);
        } else if (item instanceof Composite composite) {
            addComposite(composite);
        }
    }

    private void addBands(List<BandedIndicator> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        NativeTable table = table(List.of("appraisal.designer.indicatorGroup", "appraisal.designer.indicatorName",
                "appraisal.band.EXCEEDS", "appraisal.band.MEETS", "appraisal.band.APPROACHES",
                "appraisal.band.FAR_BELOW"));
        for (BandedIndicator indicator : indicators) {
            List<String> cells = new ArrayList<>(List.of(text(indicator.group()), indicator.name().in(locale)
                    + (indicator.explanation() == null ? "" : "\n" + indicator.explanation())));
            indicator.bands().forEach(band -> cells.add(band.description() + range(band.range())));
            table.getBody().addRows(row(cells));
        }
        add(table);
    }

    private void addKpis(List<KpiItem> kpis) {
        if (kpis.isEmpty()) {
            return;
        }
        NativeTable table = table(List.of("appraisal.designer.kpiName", "appraisal.designer.kpiWeight",
                "appraisal.designer.kpiUnit", "appraisal.designer.kpiTarget", "appraisal.designer.previewActual",
                "appraisal.designer.previewRate", "appraisal.designer.previewScore",
                "appraisal.designer.kpiDepartment"));
        kpis.forEach(kpi -> table.getBody().addRows(row(List.of(text(kpi.name()), plain(kpi.weight().percent()),
                text(kpi.unit()), kpi.target() == null ? "" : plain(kpi.target()), "", "", "",
                text(kpi.assessingDepartment())))));
        add(table);
    }

    private void addComposite(Composite composite) {
        add(new H4(composite.name().in(locale)));
        List<String> columns = composite.parts().stream().map(part -> switch (part) {
            case CompositePart.SectionPart section -> section.label().in(locale);
            case CompositePart.ProfilePart profile ->
                    getTranslation("appraisal.profileKind." + profile.kind().name());
        } + getTranslation("appraisal.designer.previewWeight", plain(part.weight().percent()))).toList();
        NativeTable table = new NativeTable();
        NativeTableRow head = new NativeTableRow();
        columns.forEach(column -> head.addHeaderCell().setText(column));
        for (String key : List.of("appraisal.designer.previewComposite", "appraisal.designer.previewLevel",
                "appraisal.designer.previewPrevious", "appraisal.designer.previewGradeChange")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        table.getHead().addRows(head);
        table.getBody().addRows(row(Collections.nCopies(head.getHeaderCells().size(), "")));
        add(table);
    }

    private NativeTable table(List<String> headerKeys) {
        NativeTable table = new NativeTable();
        NativeTableRow head = new NativeTableRow();
        headerKeys.forEach(key -> head.addHeaderCell().setText(getTranslation(key)));
        table.getHead().addRows(head);
        return table;
    }

    private static NativeTableRow row(List<String> cells) {
        NativeTableRow row = new NativeTableRow();
        cells.forEach(cell -> row.addDataCell().setText(cell));
        return row;
    }

    private String range(ScoreRange range) {
        return range == null ? ""
                : getTranslation("appraisal.designer.previewRange", plain(range.min()), plain(range.max()));
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
