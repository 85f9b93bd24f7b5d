package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.GradeScheme;
import com.keyaccount.portal.customer.GradeThresholdRow;
import com.keyaccount.portal.customer.PaymentRating;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;

/** One rule of a grade scheme in the editor: the grade, amount and margin ranges, accepted payment records. */
class GradeRuleRow extends HorizontalLayout {

    final Span number = new Span();
    final Select<String> grade = new Select<>();
    final BigDecimalField minAmount = new BigDecimalField();
    final BigDecimalField maxAmount = new BigDecimalField();
    final BigDecimalField minMargin = new BigDecimalField();
    final BigDecimalField maxMargin = new BigDecimalField();
    final MultiSelectComboBox<PaymentRating> payment = new MultiSelectComboBox<>();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    GradeRuleRow(GradeScheme scheme, GradeThresholdRow rule) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        grade.setLabel(getTranslation("customer.grades.rule.grade"));
        grade.setItems(scheme.grades());
        grade.setItemLabelGenerator(value -> getTranslation(scheme.labelKey(value)));
        grade.setValue(rule.grade());
        grade.setWidth("7rem");
        field(minAmount, "customer.grades.rule.minAmount", rule.minAmount());
        field(maxAmount, "customer.grades.rule.maxAmount", rule.maxAmount());
        field(minMargin, "customer.grades.rule.minMargin", rule.minMargin());
        field(maxMargin, "customer.grades.rule.maxMargin", rule.maxMargin());
        payment.setLabel(getTranslation("customer.grades.rule.payment"));
        payment.setItems(PaymentRating.values());
        payment.setItemLabelGenerator(value -> getTranslation("customer.paymentRating." + value.name()));
        payment.setPlaceholder(getTranslation("customer.grades.rule.anyPayment"));
        payment.setValue(rule.paymentRatings());
        payment.setWidth("14rem");
        up.setTooltipText(getTranslation("customer.grades.rule.up"));
        down.setTooltipText(getTranslation("customer.grades.rule.down"));
        remove.setTooltipText(getTranslation("customer.grades.rule.remove"));
        List.of(up, down, remove).forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        add(number, grade, minAmount, maxAmount, minMargin, maxMargin, payment, up, down, remove);
    }

    private void field(BigDecimalField field, String labelKey, BigDecimal value) {
        field.setLabel(getTranslation(labelKey));
        field.setValue(value);
        field.setClearButtonVisible(true);
        field.setWidth("9rem");
    }

    void number(int position, int count) {
        number.setText(getTranslation("customer.grades.rule.number", position));
        up.setEnabled(position > 1);
        down.setEnabled(position < count);
    }

    GradeThresholdRow draft() {
        return new GradeThresholdRow(grade.getValue(), minAmount.getValue(), maxAmount.getValue(),
                minMargin.getValue(), maxMargin.getValue(), payment.getValue());
    }
}
