package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormEvent.FormEventLine;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;

/** The form's history, oldest first: each move with who made it, when, the state it led to and the reason. */
class HistoryPanel extends Div {

    HistoryPanel(List<FormEventLine> history, ZoneId zone) {
        addClassNames("card", "appraisal-history");
        add(new H3(getTranslation("appraisal.ui.form.history.title")));
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("appraisal.ui.form.history.empty")));
        }
        for (FormEventLine line : history) {
            Div row = new Div();
            row.addClassName("appraisal-history-line");
            Span when = new Span(Formats.dateTime(line.at(), zone, getLocale()));
            when.addClassName("secondary");
            row.add(when, new Span(getTranslation("appraisal.ui.form.history.line", line.actor(),
                    getTranslation("appraisal.action." + line.action().name()),
                    getTranslation("appraisal.status." + line.to().name()))));
            if (line.reason() != null) {
                row.add(new Div(new Span(getTranslation("appraisal.ui.form.history.reason", line.reason()))));
            }
            add(row);
        }
    }
}
