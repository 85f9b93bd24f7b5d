package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import com.keyaccount.portal.customer.CustomerArchive;
import com.keyaccount.portal.customer.CustomerNature;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 基本资料 tab: every field of the archive read-only, grouped as the archive card groups them (000 信息办法
 * 第四条; 004 第二章 一: basic data, classification, scale and finance, responsible staff), with an edit button for
 * those who may change the archive.
 */
class CustomerDetails extends Div {

    final Button edit = new Button();
    /** The shown values by their label key, e.g. {@code customer.field.phone}. */
    final Map<String, Span> values = new LinkedHashMap<>();

    CustomerDetails(CustomerArchive a) {
        addClassName("customer-details");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        edit.setText(getTranslation("common.edit"));
        edit.setIcon(new Icon(VaadinIcon.EDIT));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setVisible(a.permissions().edit());
        edit.addClickListener(click -> UI.getCurrent().navigate(EditCustomerView.class, CustomerArchiveView.of(a.id())));
        if (a.permissions().edit()) {
            add(edit);
        }

        Div basic = section("customer.section.basic");
        text(basic, "name", a.name());
        text(basic, "shortName", a.shortName());
        text(basic, "creditCode", a.creditCode());
        text(basic, "legalRepresentative", a.legalRepresentative());
        text(basic, "address", a.address());
        text(basic, "postcode", a.postcode());
        text(basic, "phone", a.phone());
        text(basic, "fax", a.fax());
        text(basic, "email", a.email());
        text(basic, "website", a.website());
        text(basic, "businessScope", a.businessScope());
        date(basic, "foundedOn", a.foundedOn());
        date(basic, "tradeSince", a.tradeSince());
        text(basic, "organisationForm", a.organisationForm());

        Div classification = section("customer.section.classification");
        label(classification, "variant", "variant", a.variant());
        label(classification, "nature", "nature", a.nature());
        if (a.nature() == CustomerNature.SPECIAL) {
            label(classification, "specialKind", "specialKind", a.specialKind());
        }
        label(classification, "businessType", "businessType", a.businessType());
        label(classification, "market", "market", a.market());
        text(classification, "region", a.regionName());
        text(classification, "industry", a.industry());
        label(classification, "confidentiality", "confidentiality", a.confidentiality());
        label(classification, "status", "status", a.status());
        if (a.endKind() != null) {
            label(classification, "endKind", "endKind", a.endKind());
        }
        if (a.statusReason() != null) {
            text(classification, "statusReason", a.statusReason());
        }

        Div scale = section("customer.section.scale");
        money(scale, "registeredCapital", a.registeredCapital());
        money(scale, "assets", a.assets());
        text(scale, "employeeCount", a.employeeCount() == null ? null : Formats.number(a.employeeCount(), getLocale()));
        money(scale, "annualSales", a.annualSales());
        label(scale, "paymentStatus", "paymentRating", a.paymentStatus());
        label(scale, "collectionStatus", "paymentRating", a.collectionStatus());
        label(scale, "grade", "grade", a.grade());
        label(scale, "rating", "rating", a.rating());

        Div staff = section("customer.section.staff");
        text(staff, "owner", a.ownerName());
        text(staff, "department", a.departmentName());
        text(staff, "coOwners", a.coOwnerNames().isEmpty() ? null
                : String.join(getTranslation(PortalI18NProvider.LIST_SEPARATOR), a.coOwnerNames()));
        date(staff, "lastFollowUpOn", a.lastFollowUpOn());
    }

    private Div section(String titleKey) {
        Div facts = new Div();
        facts.addClassName("facts");
        Div card = new Div(new H3(getTranslation(titleKey)), facts);
        card.addClassName("card");
        add(card);
        return facts;
    }

    private void text(Div facts, String field, String value) {
        String key = "customer.field." + field;
        Span label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        Span shown = new Span(value == null || value.isBlank() ? getTranslation("customer.value.none") : value);
        shown.addClassName("fact-value");
        shown.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        values.put(key, shown);
        Div fact = new Div(label, shown);
        fact.addClassName("fact");
        facts.add(fact);
    }

    private void label(Div facts, String field, String enumKey, Enum<?> value) {
        text(facts, field, value == null ? null : getTranslation("customer." + enumKey + "." + value.name()));
    }

    private void date(Div facts, String field, LocalDate value) {
        text(facts, field, value == null ? null : Formats.date(value, getLocale()));
    }

    private void money(Div facts, String field, BigDecimal value) {
        text(facts, field, value == null ? null : Formats.money(value, getLocale()));
    }

    /** The text shown for a field, by its label key; for tests. */
    String valueOf(String labelKey) {
        Span span = values.get(labelKey);
        return span == null ? null : span.getText();
    }
}
