package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.PeriodKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * The template as a whole: its title in both languages, the period one form covers, and the thresholds from total
 * score to 优秀 / 良好 / 一般 / 及格 (below: 不及格), flagged while they are the portal's defaults.
 */
final class TemplateHeaderEditor extends Div {

    final Select<PeriodKind> period = new Select<>();
    final BigDecimalField excellent;
    final BigDecimalField good;
    final BigDecimalField average;
    final BigDecimalField pass;

    TemplateHeaderEditor(DesignerContext context) {
        TemplateDraft draft = context.draft;
        addClassName("designer-header");
        period.setLabel(context.getTranslation("appraisal.designer.period"));
        period.setItems(PeriodKind.values());
        period.setItemLabelGenerator(kind -> context.getTranslation("appraisal.period." + kind.name()));
        period.setValue(draft.period);
        period.setReadOnly(context.readOnly);
        period.addValueChangeListener(event -> {
            draft.period = event.getValue();
            context.changed();
        });
        add(DesignerContext.row(context.wording("appraisal.designer.templateName", draft.name), period));

        excellent = context.decimal(level(context, "EXCELLENT"), () -> draft.excellent, value -> draft.excellent = value);
        good = context.decimal(level(context, "GOOD"), () -> draft.good, value -> draft.good = value);
        average = context.decimal(level(context, "AVERAGE"), () -> draft.average, value -> draft.average = value);
        pass = context.decimal(level(context, "PASS"), () -> draft.pass, value -> draft.pass = value);
        add(DesignerContext.row(new H4(context.getTranslation("appraisal.designer.levels")),
                context.defaultBadge(draft::levelsDefault)));
        add(DesignerContext.row(excellent, good, average, pass));
    }

    private static String level(DesignerContext context, String level) {
        return context.getTranslation("appraisal.designer.levelFrom",
                context.getTranslation("appraisal.level." + level));
    }
}
