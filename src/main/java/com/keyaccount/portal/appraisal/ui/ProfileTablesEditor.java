package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.org.EducationLevel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The tables of a composite (000 大客户经理季度综合考评表): 学历分 per education level, 工龄分 per seniority bracket, and the
 * 工资等级调整 rule per 评分等级 (with the change for a level repeated from 上季结果) within the salary grades.
 */
final class ProfileTablesEditor extends Div {

    final Div seniority = new Div();

    ProfileTablesEditor(DesignerContext context, CompositeDraft composite) {
        add(DesignerContext.row(new H4(context.getTranslation("appraisal.designer.educationTable")),
                context.defaultBadge(composite::tablesDefault)));
        Div education = new Div();
        for (EducationLevel level : EducationLevel.values()) {
            education.add(context.decimal(context.getTranslation("education." + level.name()),
                    () -> composite.education.get(level), value -> composite.education.put(level, value)));
        }
        add(DesignerContext.row(education));
        add(new H4(context.getTranslation("appraisal.designer.seniorityTable")), seniority);
        showBrackets(context, composite);

        add(DesignerContext.row(new H4(context.getTranslation("appraisal.designer.gradeRule")),
                context.defaultBadge(composite::ruleDefault)));
        for (ResultLevel level : ResultLevel.values()) {
            add(DesignerContext.row(
                    context.whole(context.getTranslation("appraisal.designer.gradeStep",
                            context.getTranslation("appraisal.level." + level.name())),
                            () -> composite.steps.get(level), value -> composite.steps.put(level, value)),
                    context.whole(context.getTranslation("appraisal.designer.gradeRepeatedStep"),
                            () -> composite.repeatedSteps.get(level),
                            value -> composite.repeatedSteps.put(level, value))));
        }
        add(DesignerContext.row(
                context.whole(context.getTranslation("appraisal.designer.minGrade"), () -> composite.minGrade,
                        value -> composite.minGrade = value),
                context.whole(context.getTranslation("appraisal.designer.maxGrade"), () -> composite.maxGrade,
                        value -> composite.maxGrade = value)));
    }

    private void showBrackets(DesignerContext context, CompositeDraft composite) {
        seniority.removeAll();
        for (CompositeDraft.BracketDraft bracket : composite.seniority) {
            seniority.add(DesignerContext.row(
                    context.whole(context.getTranslation("appraisal.designer.fromYears"), () -> bracket.fromYears,
                            value -> bracket.fromYears = value),
                    context.decimal(context.getTranslation("appraisal.designer.points"), () -> bracket.points,
                            value -> bracket.points = value),
                    context.iconButton(VaadinIcon.CLOSE_SMALL, "appraisal.designer.removeBracket", () -> {
                        composite.seniority.remove(bracket);
                        showBrackets(context, composite);
                        context.changed();
                    })));
        }
        Button add = new Button(context.getTranslation("appraisal.designer.addBracket"), new Icon(VaadinIcon.PLUS),
                click -> {
                    composite.seniority.add(new CompositeDraft.BracketDraft(null, null));
                    showBrackets(context, composite);
                    context.changed();
                });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setVisible(!context.readOnly);
        seniority.add(add);
    }
}
