package com.keyaccount.portal.printing.ui;

import com.keyaccount.portal.appraisal.AppraisalQueryService;
import com.keyaccount.portal.appraisal.Scorecard;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;

/**
 * Printing one appraisal form (issue 14, "Printing": 考核表 as on paper): the language of the print-out, a PDF
 * download named after the employee and the period, and a preview of the same PDF. Who may print follows who may see
 * the form (its employee only once final), checked by {@link AppraisalQueryService#scorecard} when the page opens and
 * by {@link AppraisalPrintService} for every print; a refusal shows why instead of the preview.
 */
@Route("appraisals/forms/:" + ScorecardPrintView.ID + "([0-9]{1,18})/print")
@RolesAllowed(Permissions.Appraisal.USE)
public class ScorecardPrintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final H2 heading = new H2();
    final Anchor back = new Anchor();
    final PrintLanguageSelect language;
    final Anchor download = new Anchor();
    final IFrame preview = new IFrame();
    final Paragraph refusal = new Paragraph();

    private final AppraisalQueryService queries;
    private final AppraisalPrintService printing;
    private Scorecard scorecard;
    /** The file name the download and the preview carry. */
    String fileName;

    ScorecardPrintView(AppraisalQueryService queries, AppraisalPrintService printing) {
        this.queries = queries;
        this.printing = printing;
        addClassNames("view-content", "print-view");
        setSizeFull();
        back.setText(getTranslation("printing.ui.scorecard.back"));
        language = new PrintLanguageSelect(getLocale());
        language.addValueChangeListener(change -> offer());
        Button downloadButton = new Button(getTranslation("printing.ui.downloadPdf"), new Icon(VaadinIcon.DOWNLOAD));
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        download.setDownload(true);
        preview.setTitle(getTranslation("printing.ui.preview"));
        preview.addClassName("print-preview");
        refusal.setVisible(false);
        add(new ViewToolbar().withFilters(back, language).withActions(download), heading, refusal, preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ID);
        if (id.isEmpty()) {
            event.rerouteToError(IllegalArgumentException.class);
            return;
        }
        back.setHref("appraisals/forms/" + id.get());
        try {
            scorecard = queries.scorecard(id.get());
        } catch (RuntimeException e) {
            refuse(UiErrors.message(e));
            return;
        }
        heading.setText(getTranslation("printing.ui.scorecard.heading", scorecard.employeeName(),
                scorecard.cycleName()));
        offer();
    }

    /** Points the download and the preview at the PDF in the chosen language; both render it when asked. */
    private void offer() {
        if (scorecard == null) {
            return;
        }
        long formId = scorecard.formId();
        Locale locale = language.getValue();
        fileName = getTranslation(locale, "printing.ui.scorecard.file",
                PrintDownloads.safe(scorecard.employeeName()),
                PrintDownloads.period(scorecard.period(), scorecard.periodStart())) + ".pdf";
        download.setHref(PrintDownloads.of(fileName, PrintDownloads.PDF, false,
                () -> printing.scorecardPdf(formId, locale)));
        preview.setSrc(PrintDownloads.of(fileName, PrintDownloads.PDF, true,
                () -> printing.scorecardPdf(formId, locale)));
    }

    private void refuse(String message) {
        scorecard = null;
        heading.setText(getTranslation("printing.ui.scorecard.title"));
        refusal.setText(message);
        refusal.setVisible(true);
        preview.setVisible(false);
        download.setVisible(false);
        language.setVisible(false);
    }

    /** The form shown, or empty when it was refused. */
    Optional<Scorecard> scorecard() {
        return Optional.ofNullable(scorecard);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("printing.ui.scorecard.title");
    }
}
