package com.keyaccount.portal.printing.ui;

import com.keyaccount.portal.appraisal.AppraisalQueryService;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.printing.AppraisalPrintService;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;

/**
 * Printing a cycle's results for one department (issue 14, "Printing": 部门考核汇总): the order (rank or name) and
 * language, the statement as PDF (previewed here) and as Excel, and every scorecard of the department as one PDF with a
 * cover page. The department comes as the query parameter {@value #DEPARTMENT} (none: every department of the
 * reader's scope). Needs {@code appraisal:calibrate}; {@link AppraisalQueryService#results} checks the scope when the
 * page opens and {@link AppraisalPrintService} again for every print.
 */
@Route("appraisals/cycles/:" + CyclePrintView.ID + "([0-9]{1,18})/print")
@RolesAllowed(Permissions.Appraisal.CALIBRATE)
public class CyclePrintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String DEPARTMENT = "department";

    final H2 heading = new H2();
    final Anchor back = new Anchor();
    final RadioButtonGroup<CycleResultsOrder> order = new RadioButtonGroup<>();
    final PrintLanguageSelect language;
    final Anchor statementPdf = new Anchor();
    final Anchor statementXlsx = new Anchor();
    final Anchor batchPdf = new Anchor();
    final IFrame preview = new IFrame();
    final Paragraph refusal = new Paragraph();

    private final AppraisalQueryService queries;
    private final AppraisalPrintService printing;
    private CycleResults results;
    /** The file names of the statement and the batch, without extension. */
    String statementName;
    String batchName;

    CyclePrintView(AppraisalQueryService queries, AppraisalPrintService printing) {
        this.queries = queries;
        this.printing = printing;
        addClassNames("view-content", "print-view");
        setSizeFull();
        back.setText(getTranslation("printing.ui.cycle.back"));
        order.setLabel(getTranslation("printing.ui.order"));
        order.setItems(CycleResultsOrder.values());
        order.setItemLabelGenerator(value -> getTranslation("printing.ui.order." + value.name()));
        order.setValue(CycleResultsOrder.RANK);
        order.addValueChangeListener(change -> offer());
        language = new PrintLanguageSelect(getLocale());
        language.addValueChangeListener(change -> offer());
        link(statementPdf, "printing.ui.statementPdf", VaadinIcon.FILE_TEXT_O, true);
        link(statementXlsx, "printing.ui.statementXlsx", VaadinIcon.FILE_TABLE, false);
        link(batchPdf, "printing.ui.batchPdf", VaadinIcon.RECORDS, false);
        preview.setTitle(getTranslation("printing.ui.preview"));
        preview.addClassName("print-preview");
        refusal.setVisible(false);
        add(new ViewToolbar().withFilters(back, order, language).withActions(statementPdf, statementXlsx, batchPdf),
                heading, refusal, preview);
    }

    private void link(Anchor anchor, String labelKey, VaadinIcon icon, boolean primary) {
        Button button = new Button(getTranslation(labelKey), new Icon(icon));
        button.addThemeVariants(primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.setDownload(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ID);
        Optional<String> department = event.getLocation().getQueryParameters().getSingleParameter(DEPARTMENT);
        if (id.isEmpty() || department.filter(value -> !value.matches("[0-9]{1,18}")).isPresent()) {
            event.rerouteToError(IllegalArgumentException.class);
            return;
        }
        back.setHref("appraisals/cycles/" + id.get() + "/calibration");
        try {
            results = queries.results(id.get(), department.map(Long::valueOf).orElse(null), order.getValue());
        } catch (RuntimeException e) {
            refuse(UiErrors.message(e));
            return;
        }
        heading.setText(getTranslation("printing.ui.cycle.heading", results.cycleName(), departmentName(),
                results.rows().size()));
        offer();
    }

    /** Points the downloads and the preview at the print-outs in the chosen order and language. */
    private void offer() {
        if (results == null) {
            return;
        }
        long cycleId = results.cycleId();
        Long departmentId = results.departmentId();
        CycleResultsOrder chosen = order.getValue();
        Locale locale = language.getValue();
        statementName = getTranslation(locale, "printing.ui.statement.file", PrintDownloads.safe(
                results.cycleName()), PrintDownloads.safe(departmentName(locale)));
        batchName = getTranslation(locale, "printing.ui.batch.file", PrintDownloads.safe(results.cycleName()),
                PrintDownloads.safe(departmentName(locale)));
        statementPdf.setHref(PrintDownloads.of(statementName + ".pdf", PrintDownloads.PDF, false,
                () -> printing.statementPdf(cycleId, departmentId, chosen, locale)));
        preview.setSrc(PrintDownloads.of(statementName + ".pdf", PrintDownloads.PDF, true,
                () -> printing.statementPdf(cycleId, departmentId, chosen, locale)));
        statementXlsx.setHref(PrintDownloads.of(statementName + ".xlsx", PrintDownloads.XLSX, false,
                () -> printing.statementXlsx(cycleId, departmentId, chosen, locale)));
        batchPdf.setHref(PrintDownloads.streamed(batchName + ".pdf", PrintDownloads.PDF,
                out -> printing.batchPdf(cycleId, departmentId, chosen, locale, out)));
    }

    private String departmentName() {
        return departmentName(getLocale());
    }

    private String departmentName(Locale locale) {
        return results.departmentName() != null ? results.departmentName()
                : getTranslation(locale, "printing.ui.allDepartments");
    }

    private void refuse(String message) {
        results = null;
        heading.setText(getTranslation("printing.ui.cycle.title"));
        refusal.setText(message);
        refusal.setVisible(true);
        preview.setVisible(false);
        order.setVisible(false);
        language.setVisible(false);
        statementPdf.setVisible(false);
        statementXlsx.setVisible(false);
        batchPdf.setVisible(false);
    }

    /** The results shown, or empty when they were refused. */
    Optional<CycleResults> results() {
        return Optional.ofNullable(results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("printing.ui.cycle.title");
    }
}
