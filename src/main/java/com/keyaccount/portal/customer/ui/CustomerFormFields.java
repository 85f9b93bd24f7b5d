package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.keyaccount.portal.customer.BusinessType;
import com.keyaccount.portal.customer.Confidentiality;
import com.keyaccount.portal.customer.CreditCode;
import com.keyaccount.portal.customer.CustomerNature;
import com.keyaccount.portal.customer.CustomerReference;
import com.keyaccount.portal.customer.CustomerVariant;
import com.keyaccount.portal.customer.Market;
import com.keyaccount.portal.customer.PaymentRating;
import com.keyaccount.portal.customer.RegionSummary;
import com.keyaccount.portal.customer.SpecialKind;
import com.keyaccount.portal.org.EmployeeOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Labels, choices and localized texts of the archive form's fields, and the duplicate and similar-name notices. */
final class CustomerFormFields {

    private CustomerFormFields() {
    }

    static void configure(CustomerForm f, CustomerForm.Choices choices, Locale locale) {
        label(f.name, "name");
        label(f.shortName, "shortName");
        label(f.creditCode, "creditCode");
        f.creditCode.setHelperText(f.getTranslation("customer.form.creditCodeHelp"));
        f.creditCode.setMaxLength(CreditCode.LENGTH + 8);
        label(f.legalRepresentative, "legalRepresentative");
        label(f.organisationForm, "organisationForm");
        label(f.foundedOn, "foundedOn");
        label(f.tradeSince, "tradeSince");
        for (var picker : List.of(f.foundedOn, f.tradeSince)) {
            picker.setI18n(LocalizedI18n.datePicker(locale));
            picker.setMax(choices.today());
        }
        label(f.address, "address");
        label(f.postcode, "postcode");
        label(f.phone, "phone");
        label(f.fax, "fax");
        label(f.email, "email");
        label(f.website, "website");
        label(f.businessScope, "businessScope");
        enumSelect(f, f.variant, "variant", "variant", CustomerVariant.values(), false);
        enumSelect(f, f.nature, "nature", "nature", CustomerNature.values(), false);
        enumSelect(f, f.specialKind, "specialKind", "specialKind", SpecialKind.values(), true);
        enumSelect(f, f.businessType, "businessType", "businessType", BusinessType.values(), true);
        enumSelect(f, f.market, "market", "market", Market.values(), false);
        label(f.region, "region");
        f.region.setItems(choices.regions());
        f.region.setItemLabelGenerator(RegionSummary::label);
        f.region.setClearButtonVisible(true);
        label(f.industry, "industry");
        enumSelect(f, f.confidentiality, "confidentiality", "confidentiality", Confidentiality.values(), false);
        f.confidentiality.setHelperText(f.getTranslation("customer.form.confidentialityHelp"));
        for (TextField money : List.of(f.registeredCapital, f.assets, f.annualSales)) {
            money.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
            money.setSuffixComponent(new Span(f.getTranslation("customer.form.yuan")));
        }
        label(f.registeredCapital, "registeredCapital");
        label(f.assets, "assets");
        label(f.annualSales, "annualSales");
        label(f.employeeCount, "employeeCount");
        f.employeeCount.setMin(0);
        f.employeeCount.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(f.getTranslation("customer.form.countInvalid"))
                .setMinErrorMessage(f.getTranslation("customer.number.negative")));
        enumSelect(f, f.paymentStatus, "paymentStatus", "paymentRating", PaymentRating.values(), true);
        enumSelect(f, f.collectionStatus, "collectionStatus", "paymentRating", PaymentRating.values(), true);
        label(f.owner, "owner");
        f.owner.setItems(choices.people());
        f.owner.setItemLabelGenerator(EmployeeOption::label);
        label(f.coOwners, "coOwners");
        f.coOwners.setItems(choices.people());
        f.coOwners.setItemLabelGenerator(EmployeeOption::label);
        f.coOwners.setHelperText(f.getTranslation("customer.form.coOwnersHelp"));
    }

    private static void label(HasLabel field, String name) {
        field.setLabel(((Component) field).getTranslation("customer.field." + name));
    }

    private static <E extends Enum<E>> void enumSelect(CustomerForm f, Select<E> select, String field,
            String enumKey, E[] values, boolean optional) {
        select.setLabel(f.getTranslation("customer.field." + field));
        select.setItems(values);
        Function<E, String> text = value -> value == null ? f.getTranslation("customer.value.none")
                : f.getTranslation("customer." + enumKey + "." + value.name());
        select.setItemLabelGenerator(text::apply);
        if (optional) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(f.getTranslation("customer.value.none"));
        }
    }

    /** Fills a notice with a text and one link per archive (names shown as text); hides it when there is none. */
    static void showLinks(Div notice, List<CustomerReference> archives, String text, boolean error) {
        notice.removeAll();
        notice.setVisible(!archives.isEmpty());
        if (archives.isEmpty()) {
            return;
        }
        Icon icon = new Icon(error ? VaadinIcon.BAN : VaadinIcon.WARNING);
        icon.setSize("var(--lumo-icon-size-s)");
        notice.add(icon, new Span(text));
        for (CustomerReference archive : archives) {
            String label = archive.code() == null ? archive.name() : archive.name() + " (" + archive.code() + ")";
            RouterLink link = new RouterLink(label, CustomerArchiveView.class, CustomerArchiveView.of(archive.id()));
            link.getElement().setAttribute("target", "_blank");
            notice.add(link);
        }
        notice.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("font-size", "var(--lumo-font-size-s)")
                .set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, #a36200)");
        notice.getElement().setAttribute("role", error ? "alert" : "status");
    }
}
