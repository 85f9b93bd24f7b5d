package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.KpiFormula;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * A KPI row (销售经理年度考核表, the monthly forms): indicator, weight, unit, target, "lower is better" (销售费用率,
 * 新客户开发成本), cap, the formula from completion rate to score with its rate steps, and the assessing department.
 */
final class KpiEditor extends Div {

    final BigDecimalField weight;
    final Span weightBadge;
    final BigDecimalField target;
    final BigDecimalField cap;
    final Checkbox lowerIsBetter = new Checkbox();
    final Select<KpiFormula.Kind> formula = new Select<>();
    final Div steps = new Div();

    KpiEditor(DesignerContext context, KpiDraft kpi) {
        add(DesignerContext.row(context.wording("appraisal.designer.kpiName", kpi.name),
                context.wording("appraisal.designer.kpiUnit", kpi.unit)));
        weight = context.decimal(context.getTranslation("appraisal.designer.kpiWeight"), () -> kpi.weight,
                value -> kpi.weight = value);
        target = context.decimal(context.getTranslation("appraisal.designer.kpiTarget"), () -> kpi.target,
                value -> kpi.target = value);
        target.setTooltipText(context.getTranslation("appraisal.designer.kpiTargetHelp"));
        cap = context.decimal(context.getTranslation("appraisal.designer.kpiCap"), () -> kpi.cap,
                value -> kpi.cap = value);
        cap.setTooltipText(context.getTranslation("appraisal.designer.kpiCapHelp"));
        lowerIsBetter.setLabel(context.getTranslation("appraisal.designer.kpiLowerIsBetter"));
        lowerIsBetter.setValue(kpi.lowerIsBetter);
        lowerIsBetter.setReadOnly(context.readOnly);
        lowerIsBetter.addValueChangeListener(event -> {
            kpi.lowerIsBetter = event.getValue();
            context.changed();
        });
        weightBadge = context.defaultBadge(kpi::weightDefault);

        formula.setLabel(context.getTranslation("appraisal.designer.kpiFormula"));
        formula.setItems(KpiFormula.Kind.values());
        formula.setItemLabelGenerator(kind -> context.getTranslation("appraisal.formula." + kind.name()));
        formula.setValue(kpi.formula);
        formula.setReadOnly(context.readOnly);
        formula.setWidth("16em");
        formula.addValueChangeListener(event -> {
            kpi.formula = event.getValue();
            showSteps(context, kpi);
            context.changed();
        });
        add(DesignerContext.row(weight, weightBadge, target, cap, formula, lowerIsBetter), steps);
        showSteps(context, kpi);
        add(context.wording("appraisal.designer.kpiDepartment", kpi.assessingDepartment));
    }

    /** The rate steps of a formula banded by completion rate: rows of lowest rate and factor. */
    private void showSteps(DesignerContext context, KpiDraft kpi) {
        steps.removeAll();
        steps.setVisible(kpi.formula == KpiFormula.Kind.BANDED_BY_RATE);
        for (KpiDraft.StepDraft step : kpi.steps) {
            steps.add(DesignerContext.row(
                    context.decimal(context.getTranslation("appraisal.designer.stepMinRate"), () -> step.minRate,
                            value -> step.minRate = value),
                    context.decimal(context.getTranslation("appraisal.designer.stepFactor"), () -> step.factor,
                            value -> step.factor = value),
                    context.iconButton(VaadinIcon.CLOSE_SMALL, "appraisal.designer.removeStep", () -> {
                        kpi.steps.remove(step);
                        showSteps(context, kpi);
                        context.changed();
                    })));
        }
        Button add = new Button(context.getTranslation("appraisal.designer.addStep"), new Icon(VaadinIcon.PLUS),
                click -> {
                    kpi.steps.add(new KpiDraft.StepDraft(null, null));
                    showSteps(context, kpi);
                    context.changed();
                });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setVisible(!context.readOnly);
        steps.add(add);
    }
}
