package com.keyaccount.portal.org.ui;

import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmployeeSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Map;

/** Confirms that someone left (离职) on a date: their login stops working, their records stay. */
class LeaveDialog extends Dialog {

    final DatePicker leftOn = new DatePicker();
    final Button confirm = new Button();

    LeaveDialog(EmployeeService service, EmployeeSummary employee, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("employee.markLeftTitle", employee.displayName()));
        setWidth("420px");
        leftOn.setLabel(getTranslation("employee.leftOn"));
        leftOn.setI18n(LocalizedI18n.datePicker(getLocale()));
        leftOn.setValue(today);
        leftOn.setWidthFull();
        add(new Paragraph(getTranslation("employee.markLeftText", employee.displayName())), leftOn);
        confirm.setText(getTranslation("employee.markLeft"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                service.markLeft(employee.id(), leftOn.getValue(), employee.version());
                UiErrors.showSuccess(getTranslation("employee.markedLeft", employee.displayName()));
                onSaved.run();
                close();
            } catch (RuntimeException e) {
                UiErrors.show(e, Map.of("leftOn", leftOn));
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
