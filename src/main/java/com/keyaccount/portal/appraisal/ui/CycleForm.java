package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.CycleDraft;
import com.keyaccount.portal.appraisal.CycleSummary;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.TemplateOption;
import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.org.DepartmentReference;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A cycle's settings: name, template version, period, department, due dates per step and the optional share of 优秀.
 * Template and department are chosen when the cycle is created and shown as text afterwards.
 */
class CycleForm extends FormLayout {

    final TextField name = new TextField();
    final ComboBox<TemplateOption> template = new ComboBox<>();
    final TextField templateText = new TextField();
    final MonthField periodStart = new MonthField();
    final ComboBox<DepartmentReference> department = new ComboBox<>();
    final TextField departmentText = new TextField();
    final DueDatesField due = new DueDatesField();
    final BigDecimalField maxExcellent = new BigDecimalField();

    private PeriodKind period;

    CycleForm() {
        name.setLabel(getTranslation("appraisal.ui.cycle.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        template.setLabel(getTranslation("appraisal.ui.cycle.template"));
        template.setRequiredIndicatorVisible(true);
        template.setItemLabelGenerator(t -> CycleLabels.template(this, getLocale(), t.name(), t.version()) + " · "
                + getTranslation("appraisal.period." + t.period().name()));
        template.addValueChangeListener(e -> {
            period = e.getValue() == null ? null : e.getValue().period();
            showPeriodEnd();
        });
        templateText.setLabel(getTranslation("appraisal.ui.cycle.template"));
        templateText.setReadOnly(true);
        periodStart.setLabel(getTranslation("appraisal.ui.cycle.periodStart"));
        periodStart.setRequiredIndicatorVisible(true);
        periodStart.addValueChangeListener(e -> showPeriodEnd());
        department.setLabel(getTranslation("appraisal.ui.cycle.department"));
        department.setRequiredIndicatorVisible(true);
        department.setItemLabelGenerator(DepartmentReference::name);
        departmentText.setLabel(getTranslation("appraisal.ui.cycle.department"));
        departmentText.setReadOnly(true);
        maxExcellent.setLabel(getTranslation("appraisal.ui.cycle.maxExcellent"));
        maxExcellent.setHelperText(getTranslation("appraisal.ui.cycle.maxExcellentHelp"));
        maxExcellent.setSuffixComponent(new Span("%"));
        add(name, 2);
        add(template, templateText, periodStart, department, departmentText, maxExcellent);
        add(due, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** An empty form for a new cycle, the head's first department chosen. */
    void showNew(List<TemplateOption> templates, List<DepartmentReference> departments, YearMonth month) {
        template.setItems(templates);
        department.setItems(departments);
        if (!departments.isEmpty()) {
            department.setValue(departments.getFirst());
        }
        periodStart.setValue(month);
        templateText.setVisible(false);
        departmentText.setVisible(false);
    }

    /** An existing cycle; read-only unless it may still be changed. */
    void show(CycleSummary cycle, CycleDraft draft, boolean editable) {
        name.setValue(cycle.name());
        period = cycle.period();
        templateText.setValue(CycleLabels.template(this, getLocale(), cycle.templateName(), cycle.templateVersion()));
        departmentText.setValue(cycle.departmentName());
        periodStart.setValue(YearMonth.from(cycle.periodStart()));
        due.setValue(draft.due());
        maxExcellent.setValue(draft.maxExcellentPercent());
        template.setVisible(false);
        department.setVisible(false);
        templateText.setVisible(true);
        departmentText.setVisible(true);
        name.setReadOnly(!editable);
        periodStart.setReadOnly(!editable);
        due.setReadOnly(!editable);
        maxExcellent.setReadOnly(!editable);
    }

    /** What the form holds, for the service to check; template and department as given when the cycle was created. */
    CycleDraft draft(long templateId, long departmentId) {
        YearMonth month = periodStart.getValue();
        return new CycleDraft(name.getValue(), templateId, month == null ? null : month.atDay(1), departmentId,
                due.getValue(), maxExcellent.getValue());
    }

    /** The fields a service refusal may name. */
    Map<String, HasValidation> fields() {
        return Map.of("name", name, "template", template, "periodStart", periodStart, "due", due,
                "maxExcellentPercent", maxExcellent, "department", department);
    }

    void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private void showPeriodEnd() {
        YearMonth month = periodStart.getValue();
        periodStart.setHelperText(month == null || period == null ? null : getTranslation("appraisal.ui.cycle.periodEnd",
                Formats.date(period.endOf(month), getLocale())));
    }
}
