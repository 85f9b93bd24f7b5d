package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.BusinessType;
import com.keyaccount.portal.customer.Confidentiality;
import com.keyaccount.portal.customer.CreditCode;
import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerNature;
import com.keyaccount.portal.customer.CustomerReference;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.CustomerVariant;
import com.keyaccount.portal.customer.Market;
import com.keyaccount.portal.customer.PaymentRating;
import com.keyaccount.portal.customer.RegionSummary;
import com.keyaccount.portal.customer.SpecialKind;
import com.keyaccount.portal.org.EmployeeOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The archive form for a new prospect and for an existing archive: the basic data of 000 信息办法 第四条 and 004
 * 第二章 一, the classification (000 信息办法 第二、三条; 001 一篇 第4条), the level (004 第三章 一) and the staff. The
 * form checks what it can while typing (required fields, lengths, the 统一社会信用代码 per GB 32100-2015, amounts);
 * the service has the last word and its refusal is shown on its field. A credit code that already belongs to an
 * archive is refused with a link to it; a similar name warns with links, without blocking. Nothing typed is lost when
 * a save is refused, also not when someone else saved the archive meanwhile.
 */
class CustomerForm extends Div {

    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final TextField creditCode = new TextField();
    final Div duplicateNotice = new Div();
    final Div similarNotice = new Div();
    final TextField legalRepresentative = new TextField();
    final TextField address = new TextField();
    final TextField postcode = new TextField();
    final TextField phone = new TextField();
    final TextField fax = new TextField();
    final TextField email = new TextField();
    final TextField website = new TextField();
    final TextArea businessScope = new TextArea();
    final DatePicker foundedOn = new DatePicker();
    final DatePicker tradeSince = new DatePicker();
    final TextField organisationForm = new TextField();
    final Select<CustomerVariant> variant = new Select<>();
    final Select<CustomerNature> nature = new Select<>();
    final Select<SpecialKind> specialKind = new Select<>();
    final Select<BusinessType> businessType = new Select<>();
    final Select<Market> market = new Select<>();
    final ComboBox<RegionSummary> region = new ComboBox<>();
    final TextField industry = new TextField();
    final Select<Confidentiality> confidentiality = new Select<>();
    final TextField registeredCapital = new TextField();
    final TextField assets = new TextField();
    final IntegerField employeeCount = new IntegerField();
    final TextField annualSales = new TextField();
    final Select<PaymentRating> paymentStatus = new Select<>();
    final Select<PaymentRating> collectionStatus = new Select<>();
    final ComboBox<EmployeeOption> owner = new ComboBox<>();
    final MultiSelectComboBox<EmployeeOption> coOwners = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();
    final Binder<CustomerDraft> binder = new Binder<>();

    private final CustomerService customers;
    private final CustomerDraft draft;
    private final Long customerId;
    private final LongConsumer onSaved;
    private CustomerReference duplicate;
    private Binding<CustomerDraft, String> creditCodeBinding;

    /**
     * @param customerId    the archive edited, or null for a new prospect
     * @param ownerEditable whether the owner may be changed here (a new archive, or a supervisor editing)
     * @param onSaved       called with the archive's id after a successful save
     */
    CustomerForm(CustomerService customers, Choices choices, CustomerDraft draft, Long customerId,
            boolean ownerEditable, LongConsumer onSaved, Runnable onCancel) {
        this.customers = customers;
        this.draft = draft;
        this.customerId = customerId;
        this.onSaved = onSaved;
        addClassName("customer-form");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        CustomerFormFields.configure(this, choices, getLocale());
        owner.setReadOnly(!ownerEditable);
        bind(choices.regions(), choices.people());
        binder.readBean(draft);
        specialKind.setVisible(draft.getNature() == CustomerNature.SPECIAL);

        duplicateNotice.setVisible(false);
        similarNotice.setVisible(false);
        creditCode.addValueChangeListener(event -> checkCreditCode());
        name.addValueChangeListener(event -> checkSimilarNames());
        nature.addValueChangeListener(event -> specialKind.setVisible(event.getValue() == CustomerNature.SPECIAL));
        variant.addValueChangeListener(event -> creditCodeBinding.validate());
        market.addValueChangeListener(event -> creditCodeBinding.validate());

        add(section("customer.section.basic", name, shortName, creditCode, duplicateNotice, similarNotice,
                legalRepresentative, organisationForm, foundedOn, tradeSince, address, postcode, phone, fax, email,
                website, businessScope));
        add(section("customer.section.classification", variant, nature, specialKind, businessType, market, region,
                industry, confidentiality));
        add(section("customer.section.scale", registeredCapital, assets, employeeCount, annualSales, paymentStatus,
                collectionStatus));
        add(section("customer.section.staff", owner, coOwners));

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(click -> onCancel.run());
        add(new HorizontalLayout(save, cancel));
    }

    private Div section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        for (Component wide : List.of(duplicateNotice, similarNotice, address, businessScope)) {
            if (form.getChildren().anyMatch(wide::equals)) {
                form.setColspan(wide, 3);
            }
        }
        Div card = new Div(new H3(getTranslation(titleKey)), form);
        card.addClassName("card");
        return card;
    }

    private void bind(List<RegionSummary> regions, List<EmployeeOption> people) {
        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(getTranslation("customer.name.required"))
                .withValidator(length(200)).bind(CustomerDraft::getName, CustomerDraft::setName);
        binder.forField(shortName).withValidator(length(100))
                .bind(CustomerDraft::getShortName, CustomerDraft::setShortName);
        creditCodeBinding = binder.forField(creditCode)
                .withValidator((value, context) -> creditCodeProblem(value)
                        .map(ValidationResult::error).orElseGet(ValidationResult::ok))
                .bind(CustomerDraft::getCreditCode, CustomerDraft::setCreditCode);
        binder.forField(legalRepresentative).withValidator(length(100))
                .bind(CustomerDraft::getLegalRepresentative, CustomerDraft::setLegalRepresentative);
        binder.forField(organisationForm).withValidator(length(60))
                .bind(CustomerDraft::getOrganisationForm, CustomerDraft::setOrganisationForm);
        binder.forField(foundedOn).bind(CustomerDraft::getFoundedOn, CustomerDraft::setFoundedOn);
        binder.forField(tradeSince).bind(CustomerDraft::getTradeSince, CustomerDraft::setTradeSince);
        binder.forField(address).withValidator(length(300)).bind(CustomerDraft::getAddress, CustomerDraft::setAddress);
        binder.forField(postcode).bind(CustomerDraft::getPostcode, CustomerDraft::setPostcode);
        binder.forField(phone).bind(CustomerDraft::getPhone, CustomerDraft::setPhone);
        binder.forField(fax).bind(CustomerDraft::getFax, CustomerDraft::setFax);
        binder.forField(email).withValidator(length(200)).bind(CustomerDraft::getEmail, CustomerDraft::setEmail);
        binder.forField(website).withValidator(length(200)).bind(CustomerDraft::getWebsite, CustomerDraft::setWebsite);
        binder.forField(businessScope).withValidator(length(1000))
                .bind(CustomerDraft::getBusinessScope, CustomerDraft::setBusinessScope);
        binder.forField(variant).asRequired(required).bind(CustomerDraft::getVariant, CustomerDraft::setVariant);
        binder.forField(nature).asRequired(required).bind(CustomerDraft::getNature, CustomerDraft::setNature);
        binder.forField(specialKind)
                .withValidator(kind -> kind != null || nature.getValue() != CustomerNature.SPECIAL,
                        getTranslation("customer.specialKind.required"))
                .bind(CustomerDraft::getSpecialKind, CustomerDraft::setSpecialKind);
        binder.forField(businessType).bind(CustomerDraft::getBusinessType, CustomerDraft::setBusinessType);
        binder.forField(market).asRequired(required).bind(CustomerDraft::getMarket, CustomerDraft::setMarket);
        binder.forField(region).withConverter(r -> r == null ? null : r.id(),
                        id -> regions.stream().filter(r -> Objects.equals(r.id(), id)).findFirst().orElse(null))
                .bind(CustomerDraft::getRegionId, CustomerDraft::setRegionId);
        binder.forField(industry).withValidator(length(100)).bind(CustomerDraft::getIndustry, CustomerDraft::setIndustry);
        binder.forField(confidentiality).asRequired(required)
                .bind(CustomerDraft::getConfidentiality, CustomerDraft::setConfidentiality);
        String amountInvalid = getTranslation("customer.form.amountInvalid");
        binder.forField(registeredCapital).withConverter(new MoneyConverter(amountInvalid))
                .bind(CustomerDraft::getRegisteredCapital, CustomerDraft::setRegisteredCapital);
        binder.forField(assets).withConverter(new MoneyConverter(amountInvalid))
                .bind(CustomerDraft::getAssets, CustomerDraft::setAssets);
        binder.forField(employeeCount).bind(CustomerDraft::getEmployeeCount, CustomerDraft::setEmployeeCount);
        binder.forField(annualSales).withConverter(new MoneyConverter(amountInvalid))
                .bind(CustomerDraft::getAnnualSales, CustomerDraft::setAnnualSales);
        binder.forField(paymentStatus).bind(CustomerDraft::getPaymentStatus, CustomerDraft::setPaymentStatus);
        binder.forField(collectionStatus).bind(CustomerDraft::getCollectionStatus, CustomerDraft::setCollectionStatus);
        binder.forField(owner).asRequired(required).withConverter(e -> e == null ? null : e.id(),
                        id -> people.stream().filter(e -> Objects.equals(e.id(), id)).findFirst().orElse(null))
                .bind(CustomerDraft::getOwnerId, CustomerDraft::setOwnerId);
        binder.forField(coOwners).withConverter(
                        chosen -> chosen.stream().map(EmployeeOption::id).collect(Collectors.toSet()),
                        ids -> people.stream().filter(e -> ids.contains(e.id())).collect(Collectors.toSet()))
                .bind(CustomerDraft::getCoOwnerIds, CustomerDraft::setCoOwnerIds);
    }

    private StringLengthValidator length(int max) {
        return new StringLengthValidator(getTranslation("customer.text.tooLong", max), 0, max);
    }

    /** What is wrong with the typed credit code, as the service would say it; empty when nothing is. */
    private Optional<String> creditCodeProblem(String value) {
        Optional<String> code = CreditCode.normalize(value);
        if (code.isEmpty()) {
            boolean optional = variant.getValue() == CustomerVariant.NATURAL_PERSON
                    || market.getValue() == Market.INTERNATIONAL;
            return optional ? Optional.empty() : Optional.of(getTranslation("customer.creditCode.required"));
        }
        Optional<String> problem = CreditCode.check(code.get()).messageKey().map(this::getTranslation);
        if (problem.isPresent()) {
            return problem;
        }
        return duplicate == null ? Optional.empty()
                : Optional.of(getTranslation("customer.creditCode.duplicate", duplicate.name()));
    }

    /** Looks the code up once it is valid: one held by another archive is refused with a link to that archive. */
    void checkCreditCode() {
        duplicate = CreditCode.normalize(creditCode.getValue())
                .filter(code -> CreditCode.check(code) == CreditCode.Problem.NONE)
                .flatMap(customers::findByCreditCode)
                .filter(found -> !Long.valueOf(found.id()).equals(customerId))
                .orElse(null);
        CustomerFormFields.showLinks(duplicateNotice, duplicate == null ? List.of() : List.of(duplicate),
                getTranslation("customer.form.duplicateNotice"), true);
        creditCodeBinding.validate();
    }

    /** Warns, with links, about archives with a similar name; saving stays possible. */
    void checkSimilarNames() {
        String typed = name.getValue();
        List<CustomerReference> similar = typed == null || typed.isBlank() || typed.length() > 200 ? List.of()
                : customers.findSimilar(typed, customerId);
        CustomerFormFields.showLinks(similarNotice, similar, getTranslation("customer.form.similarNotice"), false);
    }

    void save() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            long id;
            if (customerId == null) {
                id = customers.create(draft);
            } else {
                customers.update(customerId, draft);
                id = customerId;
            }
            UiErrors.showSuccess(getTranslation("customer.form.saved"));
            onSaved.accept(id);
        } catch (RuntimeException e) {
            UiErrors.show(e, fieldsByName());
        }
    }

    private Map<String, HasValidation> fieldsByName() {
        return Map.ofEntries(Map.entry("name", name), Map.entry("shortName", shortName),
                Map.entry("creditCode", creditCode), Map.entry("legalRepresentative", legalRepresentative),
                Map.entry("organisationForm", organisationForm), Map.entry("foundedOn", foundedOn),
                Map.entry("tradeSince", tradeSince), Map.entry("address", address), Map.entry("postcode", postcode),
                Map.entry("phone", phone), Map.entry("fax", fax), Map.entry("email", email),
                Map.entry("website", website), Map.entry("businessScope", businessScope),
                Map.entry("specialKind", specialKind), Map.entry("businessType", businessType),
                Map.entry("regionId", region), Map.entry("industry", industry),
                Map.entry("registeredCapital", registeredCapital), Map.entry("assets", assets),
                Map.entry("employeeCount", employeeCount), Map.entry("annualSales", annualSales),
                Map.entry("ownerId", owner), Map.entry("coOwnerIds", coOwners));
    }

    /**
     * What the form offers to choose: regions (the active ones and the archive's own), people (active staff and the
     * archive's recorded ones), and today in the business time zone, the latest date a founding or first trade may have.
     */
    record Choices(List<RegionSummary> regions, List<EmployeeOption> people, LocalDate today) {
    }
}
