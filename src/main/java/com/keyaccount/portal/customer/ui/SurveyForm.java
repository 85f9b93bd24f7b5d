package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerSurveyService;
import com.keyaccount.portal.customer.SurveyDepartment;
import com.keyaccount.portal.customer.SurveyDraft;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The survey and its 交易开始调查书 (000 大客户开发选择制度 第六–八条) as a dialog: general survey, field survey with the
 * departments that joined, and the report the approvers read. Read-only unless the service lets the person edit now.
 */
class SurveyForm extends Dialog {

    final Map<String, TextArea> texts = new LinkedHashMap<>();
    final DatePicker fieldSurveyOn = new DatePicker(getTranslation("customer.survey.fieldSurveyOn"));
    final CheckboxGroup<SurveyDepartment> fieldDepartments = new CheckboxGroup<>();
    final BigDecimalField tradeAmount = new BigDecimalField(getTranslation("customer.survey.tradeAmount"));
    final Button save = new Button(getTranslation("common.save"));
    final Binder<SurveyDraft> binder = new Binder<>(SurveyDraft.class);

    private final CustomerSurveyService surveys;
    private final long customerId;
    private SurveyDraft draft;

    SurveyForm(CustomerSurveyService surveys, long customerId, boolean editable, Runnable onSaved) {
        this.surveys = surveys;
        this.customerId = customerId;
        setHeaderTitle(getTranslation("customer.survey.title"));
        fieldSurveyOn.setI18n(LocalizedI18n.datePicker(getLocale()));
        fieldDepartments.setLabel(getTranslation("customer.survey.fieldDepartments"));
        fieldDepartments.setItems(SurveyDepartment.values());
        fieldDepartments.setItemLabelGenerator(d -> getTranslation("customer.surveyDepartment." + d.name()));
        FormLayout general = form();
        text(general, "history", SurveyDraft::getHistory, SurveyDraft::setHistory);
        text(general, "profile", SurveyDraft::getProfile, SurveyDraft::setProfile);
        text(general, "annualAccounts", SurveyDraft::getAnnualAccounts, SurveyDraft::setAnnualAccounts);
        text(general, "productCatalogue", SurveyDraft::getProductCatalogue, SurveyDraft::setProductCatalogue);
        text(general, "operationsNotes", SurveyDraft::getOperationsNotes, SurveyDraft::setOperationsNotes);
        text(general, "policyNotes", SurveyDraft::getPolicyNotes, SurveyDraft::setPolicyNotes);
        text(general, "viewOfUs", SurveyDraft::getViewOfUs, SurveyDraft::setViewOfUs);
        FormLayout field = form();
        field.add(fieldSurveyOn, fieldDepartments);
        binder.forField(fieldSurveyOn).bind(SurveyDraft::getFieldSurveyOn, SurveyDraft::setFieldSurveyOn);
        binder.forField(fieldDepartments).bind(SurveyDraft::getFieldDepartments, SurveyDraft::setFieldDepartments);
        text(field, "fieldSurveyNotes", SurveyDraft::getFieldSurveyNotes, SurveyDraft::setFieldSurveyNotes);
        text(field, "fieldSurveyResult", SurveyDraft::getFieldSurveyResult, SurveyDraft::setFieldSurveyResult);
        FormLayout report = form();
        text(report, "tradeReasons", SurveyDraft::getTradeReasons, SurveyDraft::setTradeReasons);
        text(report, "tradePolicy", SurveyDraft::getTradePolicy, SurveyDraft::setTradePolicy);
        text(report, "tradeProducts", SurveyDraft::getTradeProducts, SurveyDraft::setTradeProducts);
        report.add(tradeAmount);
        binder.forField(tradeAmount).bind(SurveyDraft::getTradeAmount, SurveyDraft::setTradeAmount);
        text(report, "surveyResults", SurveyDraft::getSurveyResults, SurveyDraft::setSurveyResults);
        add(new H4(getTranslation("customer.survey.general")), general, new H4(getTranslation("customer.survey.field")),
                field, new H4(getTranslation("customer.survey.report")), report);

        draft = editable ? surveys.loadDraft(customerId) : surveys.view(customerId);
        binder.readBean(draft);
        binder.setReadOnly(!editable);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        save.addClickListener(click -> save(onSaved));
        getFooter().add(new Button(getTranslation(editable ? "common.cancel" : "customer.survey.close"),
                click -> close()), save);
        setWidth("min(60rem, 95vw)");
    }

    private void save(Runnable onSaved) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            surveys.save(customerId, draft);
            UiErrors.showSuccess(getTranslation("customer.survey.saved"));
            close();
            onSaved.run();
        } catch (BusinessException e) {
            Map<String, HasValidation> fields = new LinkedHashMap<>(texts);
            fields.put("tradeAmount", tradeAmount);
            UiErrors.show(e, fields);
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
    }

    private void text(FormLayout form, String name, ValueProvider<SurveyDraft, String> getter,
            Setter<SurveyDraft, String> setter) {
        TextArea area = new TextArea(getTranslation("customer.survey." + name));
        area.setMaxLength(SurveyDraft.MAX_TEXT);
        area.setWidthFull();
        binder.forField(area).bind(getter, setter);
        texts.put(name, area);
        form.add(area);
    }

    private static FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        return form;
    }
}
