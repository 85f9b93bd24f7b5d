package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.CustomerSheetService;
import com.keyaccount.portal.customer.LegalPersonSheetDraft;
import com.keyaccount.portal.customer.PaymentRating;
import com.keyaccount.portal.customer.PersonProfile;
import com.keyaccount.portal.customer.ProductLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;

/**
 * The archive's 法人客户信息资料表 tab (002 八): header and the representative's profile, the managers, 营业方面 with its
 * products, 会计方面, 交易条件, 支付状况 / 回收状况 on the four-level scale and 货款回收办法. Read-only for those who may only
 * read the archive.
 */
public class LegalPersonSheetTab extends VerticalLayout {

    final SheetFields<LegalPersonSheetDraft> fields = new SheetFields<>(this);
    final TextField customerName = readOnly("customer.field.name");
    final TextField address = readOnly("customer.field.address");
    final TextField phone = readOnly("customer.field.phone");
    final TextField legalRepresentative = readOnly("customer.field.legalRepresentative");
    final IntegerField representativeAge = new IntegerField(getTranslation("customer.sheet.person.age"));
    final RadioButtonGroup<PaymentRating> paymentStatus = rating("customer.field.paymentStatus");
    final RadioButtonGroup<PaymentRating> collectionStatus = rating("customer.field.collectionStatus");
    final RowsEditor<PersonProfile> managers;
    final RowsEditor<ProductLine> products = new RowsEditor<>(getTranslation("customer.sheet.product.add"),
            SheetRows.Product::new);
    final Button save = new Button();

    private final CustomerSheetService service;
    private final long customerId;
    private LegalPersonSheetDraft draft;

    public LegalPersonSheetTab(CustomerSheetService service, long customerId, CustomerPermissions permissions) {
        this.service = service;
        this.customerId = customerId;
        addClassName("legal-person-sheet");
        setPadding(false);
        draft = service.loadLegal(customerId);
        managers = new RowsEditor<>(getTranslation("customer.sheet.manager.add"),
                p -> new SheetRows.Manager(p, draft.getAsOf()));
        representativeAge.setReadOnly(true);
        var f = fields;
        f.binder.forField(paymentStatus).bind(LegalPersonSheetDraft::getPaymentStatus,
                LegalPersonSheetDraft::setPaymentStatus);
        f.binder.forField(collectionStatus).bind(LegalPersonSheetDraft::getCollectionStatus,
                LegalPersonSheetDraft::setCollectionStatus);
        f.register("managers", managers);
        f.register("products", products);

        add(section("customer.sheet.legal.header", customerName, address, phone, legalRepresentative,
                f.date("repBirthDate", "customer.sheet.legal.repBirthDate", LegalPersonSheetDraft::getRepBirthDate,
                        LegalPersonSheetDraft::setRepBirthDate), representativeAge,
                f.text("repPersonality", "customer.sheet.legal.repPersonality", 200,
                        LegalPersonSheetDraft::getRepPersonality, LegalPersonSheetDraft::setRepPersonality),
                f.text("repInterests", "customer.sheet.legal.repInterests", 200,
                        LegalPersonSheetDraft::getRepInterests, LegalPersonSheetDraft::setRepInterests),
                f.text("repEducation", "customer.sheet.legal.repEducation", 100,
                        LegalPersonSheetDraft::getRepEducation, LegalPersonSheetDraft::setRepEducation),
                f.text("repAbilities", "customer.sheet.legal.repAbilities", 200,
                        LegalPersonSheetDraft::getRepAbilities, LegalPersonSheetDraft::setRepAbilities),
                f.text("repFamily", "customer.sheet.legal.repFamily", 300,
                        LegalPersonSheetDraft::getRepFamily, LegalPersonSheetDraft::setRepFamily),
                f.text("enterpriseScale", "customer.sheet.legal.enterpriseScale", 200,
                        LegalPersonSheetDraft::getEnterpriseScale, LegalPersonSheetDraft::setEnterpriseScale),
                f.text("outputVolume", "customer.sheet.legal.outputVolume", 200,
                        LegalPersonSheetDraft::getOutputVolume, LegalPersonSheetDraft::setOutputVolume),
                f.text("premisesLayout", "customer.sheet.legal.premisesLayout", 300,
                        LegalPersonSheetDraft::getPremisesLayout, LegalPersonSheetDraft::setPremisesLayout),
                f.text("nearbyCompetitors", "customer.sheet.legal.nearbyCompetitors", 500,
                        LegalPersonSheetDraft::getNearbyCompetitors, LegalPersonSheetDraft::setNearbyCompetitors)));
        add(new H3(getTranslation("customer.sheet.legal.managers")), managers);
        add(section("customer.sheet.legal.business",
                f.text("salesHandler", "customer.sheet.legal.salesHandler", 100,
                        LegalPersonSheetDraft::getSalesHandler, LegalPersonSheetDraft::setSalesHandler),
                f.date("tradeStartedOn", "customer.sheet.legal.tradeStartedOn",
                        LegalPersonSheetDraft::getTradeStartedOn, LegalPersonSheetDraft::setTradeStartedOn),
                f.text("mainCustomers", "customer.sheet.legal.mainCustomers", 500,
                        LegalPersonSheetDraft::getMainCustomers, LegalPersonSheetDraft::setMainCustomers),
                f.text("salesRegions", "customer.sheet.legal.salesRegions", 300,
                        LegalPersonSheetDraft::getSalesRegions, LegalPersonSheetDraft::setSalesRegions),
                f.text("productTypes", "customer.sheet.legal.productTypes", 300,
                        LegalPersonSheetDraft::getProductTypes, LegalPersonSheetDraft::setProductTypes),
                f.text("monthlyCapability", "customer.sheet.legal.monthlyCapability", 300,
                        LegalPersonSheetDraft::getMonthlyCapability, LegalPersonSheetDraft::setMonthlyCapability)),
                products);
        add(section("customer.sheet.legal.accounting",
                f.text("bankName", "customer.sheet.legal.bankName", 100,
                        LegalPersonSheetDraft::getBankName, LegalPersonSheetDraft::setBankName),
                f.text("bankAccount", "customer.sheet.legal.bankAccount", 50,
                        LegalPersonSheetDraft::getBankAccount, LegalPersonSheetDraft::setBankAccount),
                f.text("bankCredit", "customer.sheet.legal.bankCredit", 200,
                        LegalPersonSheetDraft::getBankCredit, LegalPersonSheetDraft::setBankCredit),
                f.text("businessOrganisation", "customer.sheet.legal.businessOrganisation", 200,
                        LegalPersonSheetDraft::getBusinessOrganisation, LegalPersonSheetDraft::setBusinessOrganisation),
                f.text("bookkeeping", "customer.sheet.legal.bookkeeping", 200,
                        LegalPersonSheetDraft::getBookkeeping, LegalPersonSheetDraft::setBookkeeping),
                f.text("peerReputation", "customer.sheet.legal.peerReputation", 300,
                        LegalPersonSheetDraft::getPeerReputation, LegalPersonSheetDraft::setPeerReputation),
                f.money("capital", "customer.sheet.legal.capital",
                        LegalPersonSheetDraft::getCapital, LegalPersonSheetDraft::setCapital),
                f.text("paymentDate", "customer.sheet.legal.paymentDate", 100,
                        LegalPersonSheetDraft::getPaymentDate, LegalPersonSheetDraft::setPaymentDate),
                f.text("closingPractice", "customer.sheet.legal.closingPractice", 300,
                        LegalPersonSheetDraft::getClosingPractice, LegalPersonSheetDraft::setClosingPractice)));
        add(section("customer.sheet.legal.terms",
                f.integer("settlementDays", "customer.sheet.legal.settlementDays",
                        LegalPersonSheetDraft::getSettlementDays, LegalPersonSheetDraft::setSettlementDays),
                f.integer("paymentDays", "customer.sheet.legal.paymentDays",
                        LegalPersonSheetDraft::getPaymentDays, LegalPersonSheetDraft::setPaymentDays),
                f.integer("termsCashPct", "customer.sheet.legal.cashPct",
                        LegalPersonSheetDraft::getTermsCashPct, LegalPersonSheetDraft::setTermsCashPct),
                f.integer("termsChequePct", "customer.sheet.legal.chequePct",
                        LegalPersonSheetDraft::getTermsChequePct, LegalPersonSheetDraft::setTermsChequePct),
                f.integer("termsDraftPct", "customer.sheet.legal.draftPct",
                        LegalPersonSheetDraft::getTermsDraftPct, LegalPersonSheetDraft::setTermsDraftPct)));
        add(section("customer.sheet.legal.status", paymentStatus, collectionStatus));
        add(section("customer.sheet.legal.collection",
                f.integer("collectCashPct", "customer.sheet.legal.cashPct",
                        LegalPersonSheetDraft::getCollectCashPct, LegalPersonSheetDraft::setCollectCashPct),
                f.integer("collectChequePct", "customer.sheet.legal.chequePct",
                        LegalPersonSheetDraft::getCollectChequePct, LegalPersonSheetDraft::setCollectChequePct),
                f.integer("collectDraftPct", "customer.sheet.legal.draftPct",
                        LegalPersonSheetDraft::getCollectDraftPct, LegalPersonSheetDraft::setCollectDraftPct),
                f.integer("collectOtherPct", "customer.sheet.legal.otherPct",
                        LegalPersonSheetDraft::getCollectOtherPct, LegalPersonSheetDraft::setCollectOtherPct)));

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setVisible(permissions.edit());
        add(save);
        f.binder.setReadOnly(!permissions.edit());
        managers.setEditable(permissions.edit());
        products.setEditable(permissions.edit());
        show(draft);
    }

    void save() {
        if (!fields.binder.writeBeanIfValid(draft)) {
            return;
        }
        draft.setManagers(managers.getValue());
        draft.setProducts(products.getValue());
        try {
            service.saveLegal(customerId, draft);
            UiErrors.showSuccess(getTranslation("common.saved"));
            draft = service.loadLegal(customerId);
            show(draft);
        } catch (RuntimeException e) {
            Map<String, HasValidation> byName = new HashMap<>(fields.byName);
            byName.put("paymentStatus", paymentStatus);
            UiErrors.show(e, byName);
        }
    }

    private void show(LegalPersonSheetDraft d) {
        fields.binder.readBean(d);
        customerName.setValue(d.getCustomerName() == null ? "" : d.getCustomerName());
        address.setValue(d.getAddress() == null ? "" : d.getAddress());
        phone.setValue(d.getPhone() == null ? "" : d.getPhone());
        legalRepresentative.setValue(d.getLegalRepresentative() == null ? "" : d.getLegalRepresentative());
        representativeAge.setValue(d.getRepresentativeAge());
        managers.setValue(d.getManagers());
        products.setValue(d.getProducts());
    }

    private FormLayout section(String titleKey, Component... components) {
        add(new H3(getTranslation(titleKey)));
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        return form;
    }

    private TextField readOnly(String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setReadOnly(true);
        return field;
    }

    private RadioButtonGroup<PaymentRating> rating(String labelKey) {
        RadioButtonGroup<PaymentRating> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(PaymentRating.values());
        group.setItemLabelGenerator(r -> getTranslation("customer.paymentRating." + r.name()));
        return group;
    }
}
