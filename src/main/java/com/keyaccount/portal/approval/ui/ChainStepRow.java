package com.keyaccount.portal.approval.ui;

import com.keyaccount.portal.approval.ApproverRule;
import com.keyaccount.portal.approval.ChainStepDraft;
import com.keyaccount.portal.org.Office;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;

/** One step in the chain editor: its place, rule and office, with buttons to move it up or down or remove it. */
class ChainStepRow extends HorizontalLayout {

    final Span place = new Span();
    final Select<ApproverRule> rule = new Select<>();
    final ComboBox<Office> office = new ComboBox<>();
    final Button up = new Button(new Icon(VaadinIcon.ARROW_UP));
    final Button down = new Button(new Icon(VaadinIcon.ARROW_DOWN));
    final Button remove = new Button(new Icon(VaadinIcon.TRASH));

    ChainStepRow(ChainStepDraft step) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        rule.setAriaLabel(getTranslation("approval.rule"));
        rule.setItems(ApproverRule.values());
        rule.setItemLabelGenerator(value -> getTranslation("approval.rule." + value.name()));
        rule.setValue(step.rule());
        rule.setWidth("16rem");
        office.setAriaLabel(getTranslation("approval.office"));
        office.setPlaceholder(getTranslation("approval.officePlaceholder"));
        office.setItems(Office.values());
        office.setItemLabelGenerator(value -> getTranslation("office." + value.name()));
        office.setWidth("16rem");
        // a code no longer known (a chain saved before offices were codes) shows empty, so saving asks for one
        Arrays.stream(Office.values()).filter(value -> value.name().equals(step.officeTitle())).findFirst()
                .ifPresent(office::setValue);
        rule.addValueChangeListener(change -> officeEnabled());
        officeEnabled();
        up.setAriaLabel(getTranslation("approval.moveUp"));
        down.setAriaLabel(getTranslation("approval.moveDown"));
        remove.setAriaLabel(getTranslation("approval.removeStep"));
        for (Button button : new Button[] {up, down, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        add(place, rule, office, up, down, remove);
    }

    private void officeEnabled() {
        office.setEnabled(rule.getValue() == ApproverRule.OFFICE);
    }

    void number(int stepNo, int of) {
        place.setText(getTranslation("approval.stepNo", stepNo));
        up.setEnabled(stepNo > 1);
        down.setEnabled(stepNo < of);
    }

    ChainStepDraft draft() {
        return new ChainStepDraft(rule.getValue(), rule.getValue() == ApproverRule.OFFICE && office.getValue() != null
                ? office.getValue().name() : null);
    }
}
