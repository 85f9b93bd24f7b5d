package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.FormDetail.OpinionView;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.org.EmployeeOption;
import com.keyaccount.portal.org.EmployeeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;

/**
 * A department head names the person who gives the department's opinion (相关部门意见) in the head's place; the
 * delegate is notified and finds the form in 我的考核.
 */
class DelegateDialog extends Dialog {

    final ComboBox<EmployeeOption> delegate = new ComboBox<>();
    final Button confirm;

    DelegateDialog(AppraisalFormService forms, EmployeeService employees, OpinionView opinion, Runnable done) {
        setHeaderTitle(getTranslation("appraisal.ui.form.opinion.delegateTitle",
                opinion.entry().departmentLabel().in(getLocale())));
        delegate.setLabel(getTranslation("appraisal.ui.form.opinion.delegateTo"));
        delegate.setItems(employees.findActiveOptions());
        delegate.setItemLabelGenerator(EmployeeOption::label);
        delegate.setRequiredIndicatorVisible(true);
        delegate.setWidthFull();
        add(delegate);
        confirm = new Button(getTranslation("appraisal.ui.form.opinion.delegate"), click -> {
            if (delegate.getValue() == null) {
                delegate.setInvalid(true);
                delegate.setErrorMessage(getTranslation("appraisal.ui.form.opinion.delegateRequired"));
                return;
            }
            try {
                forms.delegateOpinion(opinion.id(), delegate.getValue().id());
                close();
                done.run();
            } catch (BusinessException refused) {
                UiErrors.show(refused, Map.of());
            } catch (RuntimeException failed) {
                close();
                UiErrors.showNotification(failed);
                done.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
