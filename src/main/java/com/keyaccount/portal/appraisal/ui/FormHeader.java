package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.FormDetail;
import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/**
 * The head of an appraisal form as on paper (姓名, 部门, 职位, 考核期, 表名): employee, department, position, cycle and period,
 * template with its version, reviewer, where the form stands, the due date with overdue marking and the reason of the
 * last return or reopening.
 */
class FormHeader extends Div {

    final Span status;
    final Div lastReason = new Div();

    FormHeader(FormDetail detail) {
        Scorecard card = detail.scorecard();
        addClassNames("card", "appraisal-form-header");
        add(new H2(card.template().name().in(getLocale())));
        Div facts = new Div();
        facts.addClassName("facts");
        String employee = card.employeeNo() == null ? card.employeeName()
                : card.employeeName() + " (" + card.employeeNo() + ")";
        facts.add(fact("employee", new Span(employee)), fact("department", new Span(card.departmentName())),
                fact("position", new Span(card.position() == null ? "" : card.position())),
                fact("cycle", new Span(card.cycleName())),
                fact("period", new Span(getTranslation("appraisal.period." + card.period().name()) + " "
                        + FormTexts.period(card.periodStart(), card.periodEnd(), getLocale()))),
                fact("template", new Span(getTranslation("appraisal.ui.form.templateVersion",
                        card.template().name().in(getLocale()), card.template().version()))),
                fact("reviewer", new Span(card.reviewerName())));
        status = FormTexts.statusBadge(card.status(), getTranslation("appraisal.status." + card.status().name()));
        facts.add(fact("status", status));
        if (detail.due() != null) {
            Div due = new Div(new Span(Formats.date(detail.due(), getLocale())));
            if (detail.overdue()) {
                due.add(new Span(" "), FormTexts.errorBadge(getTranslation("appraisal.ui.my.overdue")));
            }
            facts.add(fact("due", due));
        }
        add(facts);
        if (detail.lastReason() != null) {
            lastReason.addClassName("appraisal-last-reason");
            lastReason.add(new Span(getTranslation("appraisal.ui.form.lastReason", detail.lastReason())));
            add(lastReason);
        }
    }

    private Div fact(String key, Component value) {
        Span label = new Span(getTranslation("appraisal.ui.form.header." + key));
        label.addClassName("fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("fact");
        value.addClassName("fact-value");
        return fact;
    }
}
