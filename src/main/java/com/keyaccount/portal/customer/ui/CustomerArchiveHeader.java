package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.CustomerArchive;
import com.keyaccount.portal.customer.CustomerStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The archive page's head: name and short name (shown as text, whatever they contain), 大客户代码 or "not assigned",
 * lifecycle status, confidentiality level (004 第三章 一), grades, owner and department, and the warning that an
 * important customer has fewer than two responsible staff (000 信息办法 第十条).
 */
class CustomerArchiveHeader extends Div {

    final H2 name = new H2();
    final Span code = new Span();
    final Span status = new Span();
    final Span confidentiality = new Span();
    final Span grades = new Span();
    final Span staff = new Span();
    final Div understaffed = new Div();

    CustomerArchiveHeader(CustomerArchive archive) {
        addClassNames("card", "customer-archive-header");
        name.setText(archive.name());
        name.getStyle().set("margin", "0");
        Div title = new Div(name);
        if (archive.shortName() != null) {
            Span shortName = new Span(archive.shortName());
            shortName.addClassName("secondary");
            title.add(shortName);
        }

        code.setText(archive.code() == null ? getTranslation("customer.archive.noCode") : archive.code());
        status.setText(getTranslation("customer.status." + archive.status().name()));
        status.getElement().getThemeList().add(statusTheme(archive.status()));
        confidentiality.setText(getTranslation("customer.confidentiality." + archive.confidentiality().name()));
        confidentiality.getElement().getThemeList().add("badge contrast");
        grades.setText(gradeText(archive));
        staff.setText(archive.ownerName() + " · " + archive.departmentName());

        Div facts = new Div(fact("customer.field.code", code), fact("customer.field.status", status),
                fact("customer.field.confidentiality", confidentiality), fact("customer.archive.grades", grades),
                fact("customer.field.owner", staff));
        facts.addClassName("facts");
        facts.getStyle().set("grid-template-columns", "repeat(auto-fill, minmax(11em, 1fr))")
                .set("margin-top", "var(--lumo-space-s)");
        add(title, facts);

        understaffed.setVisible(archive.understaffed());
        if (archive.understaffed()) {
            Icon icon = new Icon(VaadinIcon.WARNING);
            icon.setSize("var(--lumo-icon-size-s)");
            understaffed.add(icon, new Span(getTranslation("customer.archive.understaffed",
                    1 + archive.coOwnerNames().size())));
            understaffed.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "flex")
                    .set("gap", "var(--lumo-space-xs)").set("align-items", "center")
                    .set("margin-top", "var(--lumo-space-s)");
            understaffed.getElement().setAttribute("role", "alert");
            add(understaffed);
        }
    }

    private String gradeText(CustomerArchive archive) {
        String grade = archive.grade() == null ? null : getTranslation("customer.grade." + archive.grade().name());
        String rating = archive.rating() == null ? null : getTranslation("customer.rating." + archive.rating().name());
        if (grade == null && rating == null) {
            return getTranslation("customer.archive.notGraded");
        }
        return grade == null ? rating : rating == null ? grade : grade + " / " + rating;
    }

    private static String statusTheme(CustomerStatus status) {
        return switch (status) {
            case ACTIVE -> "badge success";
            case TERMINATED, DEREGISTERED, SURVEY_STOPPED -> "badge contrast";
            default -> "badge";
        };
    }

    private Div fact(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        value.addClassName("fact-value");
        Div fact = new Div(label, value);
        fact.addClassName("fact");
        return fact;
    }
}
