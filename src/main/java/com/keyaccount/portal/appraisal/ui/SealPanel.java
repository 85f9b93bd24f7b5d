package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.appraisal.Scorecard.SignatureLine;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;

/**
 * The signature block (签字, 审批): who signed and approved, when, and the SHA-256 of the content at that moment; a
 * clear warning when the form no longer matches the hash it was signed with.
 */
class SealPanel extends Div {

    final Div warning = new Div();

    SealPanel(Scorecard card, ZoneId zone) {
        addClassNames("card", "appraisal-seal");
        add(new H3(getTranslation("appraisal.ui.form.seal.title")));
        add(line("appraisal.ui.form.seal.signed", card.signature(), zone),
                line("appraisal.ui.form.seal.approved", card.approval(), zone));
        warning.addClassName("appraisal-seal-broken");
        warning.add(new Span(getTranslation("appraisal.ui.form.seal.broken")));
        warning.getElement().setAttribute("role", "alert");
        warning.setVisible(!card.sealIntact());
        add(warning);
    }

    private Div line(String key, SignatureLine signature, ZoneId zone) {
        Div line = new Div();
        line.addClassName("appraisal-seal-line");
        if (signature == null) {
            line.add(new Span(getTranslation(key + "None")));
            return line;
        }
        line.add(new Span(getTranslation(key, signature.name(), Formats.dateTime(signature.at(), zone, getLocale()))));
        Paragraph hash = new Paragraph(getTranslation("appraisal.ui.form.seal.hash", signature.hash()));
        hash.addClassNames("secondary", "appraisal-hash");
        line.add(hash);
        return line;
    }
}
