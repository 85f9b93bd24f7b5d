package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.ContractDraft;
import com.keyaccount.portal.customer.ContractKind;
import com.keyaccount.portal.customer.ContractService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;

/** Adds or edits a contract or agreement (000 大客户开发选择制度 第九、十条; 001 一篇 第8条). */
class ContractDialog extends Dialog {

    final Select<ContractKind> kind = new Select<>();
    final TextField contractNo = new TextField(getTranslation("customer.contract.contractNo"));
    final DatePicker signedOn = new DatePicker(getTranslation("customer.contract.signedOn"));
    final DatePicker startsOn = new DatePicker(getTranslation("customer.contract.startsOn"));
    final DatePicker endsOn = new DatePicker(getTranslation("customer.contract.endsOn"));
    final BigDecimalField amount = new BigDecimalField(getTranslation("customer.contract.amount"));
    final TextField ourSigner = new TextField(getTranslation("customer.contract.ourSigner"));
    final TextField theirSigner = new TextField(getTranslation("customer.contract.theirSigner"));
    final TextArea remarks = new TextArea(getTranslation("customer.contract.remarks"));
    final Button save = new Button(getTranslation("common.save"));
    final Binder<ContractDraft> binder = new Binder<>(ContractDraft.class);

    ContractDialog(ContractService contracts, long customerId, ContractDraft draft, Runnable onSaved) {
        setHeaderTitle(getTranslation(draft.getId() == null ? "customer.contract.add" : "customer.contract.edit"));
        // the portal's date formats (yyyy-MM-dd typed in Chinese), like every other date field
        for (DatePicker picker : List.of(signedOn, startsOn, endsOn)) {
            picker.setI18n(LocalizedI18n.datePicker(getLocale()));
        }
        kind.setLabel(getTranslation("customer.contract.kind"));
        kind.setItems(ContractKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("customer.contractKind." + k.name()));
        contractNo.setMaxLength(60);
        ourSigner.setMaxLength(100);
        theirSigner.setMaxLength(100);
        remarks.setMaxLength(1000);
        String required = getTranslation("customer.contract.required");
        binder.forField(kind).asRequired(required).bind(ContractDraft::getKind, ContractDraft::setKind);
        binder.forField(contractNo).asRequired(required)
                .bind(ContractDraft::getContractNo, ContractDraft::setContractNo);
        binder.forField(signedOn).asRequired(required).bind(ContractDraft::getSignedOn, ContractDraft::setSignedOn);
        binder.forField(startsOn).bind(ContractDraft::getStartsOn, ContractDraft::setStartsOn);
        binder.forField(endsOn).bind(ContractDraft::getEndsOn, ContractDraft::setEndsOn);
        binder.forField(amount).bind(ContractDraft::getAmount, ContractDraft::setAmount);
        binder.forField(ourSigner).bind(ContractDraft::getOurSigner, ContractDraft::setOurSigner);
        binder.forField(theirSigner).bind(ContractDraft::getTheirSigner, ContractDraft::setTheirSigner);
        binder.forField(remarks).bind(ContractDraft::getRemarks, ContractDraft::setRemarks);
        binder.readBean(draft);
        FormLayout form = new FormLayout(kind, contractNo, signedOn, amount, startsOn, endsOn, ourSigner, theirSigner,
                remarks);
        form.setColspan(remarks, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                contracts.save(customerId, draft);
                close();
                onSaved.run();
            } catch (BusinessException e) {
                Map<String, HasValidation> fields = Map.of("kind", kind, "contractNo", contractNo,
                        "signedOn", signedOn, "endsOn", endsOn, "amount", amount, "ourSigner", ourSigner,
                        "theirSigner", theirSigner, "remarks", remarks);
                UiErrors.show(e, fields);
            } catch (RuntimeException e) {
                UiErrors.showNotification(e);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
