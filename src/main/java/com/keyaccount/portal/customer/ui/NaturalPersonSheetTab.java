package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.AssetRecord;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.CustomerSheetService;
import com.keyaccount.portal.customer.NaturalPersonSheetDraft;
import com.keyaccount.portal.customer.ServiceRecord;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The archive's 自然人客户信息资料表 tab (002 九) for an individual (会员大客户): 业字 / 编号, contact person and visit, the asset
 * part with each asset's first service, the service records, and what the customer thinks and hopes for. Read-only for
 * those who may only read the archive.
 */
public class NaturalPersonSheetTab extends VerticalLayout {

    final SheetFields<NaturalPersonSheetDraft> fields = new SheetFields<>(this);
    final TextField customerName = new TextField(getTranslation("customer.field.name"));
    final TextField address = new TextField(getTranslation("customer.field.address"));
    final TextField phone = new TextField(getTranslation("customer.field.phone"));
    final RowsEditor<AssetRecord> assets;
    final RowsEditor<ServiceRecord> services = new RowsEditor<>(getTranslation("customer.sheet.service.add"),
            SheetRows.Service::new);
    final Button save = new Button();

    private final CustomerSheetService service;
    private final long customerId;
    private NaturalPersonSheetDraft draft;

    public NaturalPersonSheetTab(CustomerSheetService service, long customerId, CustomerPermissions permissions) {
        this.service = service;
        this.customerId = customerId;
        addClassName("natural-person-sheet");
        setPadding(false);
        draft = service.loadNatural(customerId);
        String labels = draft.getAssetLabels();
        assets = new RowsEditor<>(getTranslation("customer.sheet.asset." + labels + ".add"),
                a -> new SheetRows.Asset(a, labels));
        customerName.setReadOnly(true);
        address.setReadOnly(true);
        phone.setReadOnly(true);
        var f = fields;
        f.register("assets", assets);
        f.register("services", services);

        add(section("customer.sheet.person.header", customerName, address, phone,
                f.text("businessNo", "customer.sheet.person.businessNo", 50,
                        NaturalPersonSheetDraft::getBusinessNo, NaturalPersonSheetDraft::setBusinessNo),
                f.text("sheetNo", "customer.sheet.person.sheetNo", 50,
                        NaturalPersonSheetDraft::getSheetNo, NaturalPersonSheetDraft::setSheetNo),
                f.text("contactPerson", "customer.sheet.person.contactPerson", 100,
                        NaturalPersonSheetDraft::getContactPerson, NaturalPersonSheetDraft::setContactPerson),
                f.date("visitedOn", "customer.sheet.person.visitedOn",
                        NaturalPersonSheetDraft::getVisitedOn, NaturalPersonSheetDraft::setVisitedOn),
                f.text("visitReason", "customer.sheet.person.visitReason", 500,
                        NaturalPersonSheetDraft::getVisitReason, NaturalPersonSheetDraft::setVisitReason),
                f.text("visitor", "customer.sheet.person.visitor", 100,
                        NaturalPersonSheetDraft::getVisitor, NaturalPersonSheetDraft::setVisitor)));
        add(new H3(getTranslation("customer.sheet.asset." + labels + ".title")), assets);
        add(new H3(getTranslation("customer.sheet.service.title")), services);
        add(section("customer.sheet.person.opinion",
                f.text("customerOpinion", "customer.sheet.person.customerOpinion", 1000,
                        NaturalPersonSheetDraft::getCustomerOpinion, NaturalPersonSheetDraft::setCustomerOpinion),
                f.text("desiredService", "customer.sheet.person.desiredService", 1000,
                        NaturalPersonSheetDraft::getDesiredService, NaturalPersonSheetDraft::setDesiredService),
                f.text("assetCare", "customer.sheet.asset." + labels + ".care", 500,
                        NaturalPersonSheetDraft::getAssetCare, NaturalPersonSheetDraft::setAssetCare),
                f.text("hobbies", "customer.sheet.person.hobbies", 500,
                        NaturalPersonSheetDraft::getHobbies, NaturalPersonSheetDraft::setHobbies),
                f.text("employerPolicy", "customer.sheet.asset." + labels + ".employerPolicy", 500,
                        NaturalPersonSheetDraft::getEmployerPolicy, NaturalPersonSheetDraft::setEmployerPolicy)));

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setVisible(permissions.edit());
        add(save);
        f.binder.setReadOnly(!permissions.edit());
        assets.setEditable(permissions.edit());
        services.setEditable(permissions.edit());
        show(draft);
    }

    void save() {
        if (!fields.binder.writeBeanIfValid(draft)) {
            return;
        }
        draft.setAssets(assets.getValue());
        draft.setServices(services.getValue());
        try {
            service.saveNatural(customerId, draft);
            UiErrors.showSuccess(getTranslation("common.saved"));
            draft = service.loadNatural(customerId);
            show(draft);
        } catch (RuntimeException e) {
            UiErrors.show(e, fields.byName);
        }
    }

    private void show(NaturalPersonSheetDraft d) {
        fields.binder.readBean(d);
        customerName.setValue(d.getCustomerName() == null ? "" : d.getCustomerName());
        address.setValue(d.getAddress() == null ? "" : d.getAddress());
        phone.setValue(d.getPhone() == null ? "" : d.getPhone());
        assets.setValue(d.getAssets());
        services.setValue(d.getServices());
    }

    private FormLayout section(String titleKey, Component... components) {
        add(new H3(getTranslation(titleKey)));
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        return form;
    }
}
