package com.keyaccount.portal.appraisal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * A text section of the self-reports (工作总结 with its points) or the related-department opinions (the departments
 * asked, 其他 included): the names of the entries, and an optional score range.
 */
final class ScoredListEditor extends Div {

    final Div entries = new Div();
    final Checkbox scored = new Checkbox();
    final BigDecimalField min;
    final BigDecimalField max;

    ScoredListEditor(DesignerContext context, ScoredListDraft item) {
        boolean opinion = item instanceof OpinionDraft;
        add(context.wording(opinion ? "appraisal.designer.opinionName" : "appraisal.designer.textName", item.name));
        add(entries);
        showEntries(context, item, opinion ? "appraisal.designer.department" : "appraisal.designer.point");

        scored.setLabel(context.getTranslation(opinion ? "appraisal.designer.opinionScored"
                : "appraisal.designer.textScored"));
        scored.setValue(item.scored);
        scored.setReadOnly(context.readOnly);
        min = context.decimal(context.getTranslation("appraisal.designer.min"), () -> item.min,
                value -> item.min = value);
        max = context.decimal(context.getTranslation("appraisal.designer.max"), () -> item.max,
                value -> item.max = value);
        min.setVisible(item.scored);
        max.setVisible(item.scored);
        scored.addValueChangeListener(event -> {
            item.scored = event.getValue();
            min.setVisible(item.scored);
            max.setVisible(item.scored);
            context.changed();
        });
        add(DesignerContext.row(scored, min, max, context.defaultBadge(item::scoreDefault)));
    }

    private void showEntries(DesignerContext context, ScoredListDraft item, String labelKey) {
        entries.removeAll();
        for (Wording entry : item.entries) {
            entries.add(DesignerContext.row(context.wording(labelKey, entry),
                    context.iconButton(VaadinIcon.CLOSE_SMALL, "appraisal.designer.removeEntry", () -> {
                        item.entries.remove(entry);
                        showEntries(context, item, labelKey);
                        context.changed();
                    })));
        }
        Button add = new Button(context.getTranslation(labelKey + "Add"), new Icon(VaadinIcon.PLUS), click -> {
            item.entries.add(new Wording("", ""));
            showEntries(context, item, labelKey);
            context.changed();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setVisible(!context.readOnly);
        entries.add(add);
    }
}
