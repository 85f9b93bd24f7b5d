package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the many plain fields of an information sheet: labelled, bound to the draft's property and registered by
 * that property's name, so a refusal from the service lands on its field.
 */
final class SheetFields<D> {

    final Binder<D> binder = new Binder<>();
    final Map<String, HasValidation> byName = new HashMap<>();
    private final Component owner;

    SheetFields(Component owner) {
        this.owner = owner;
    }

    TextField text(String property, String labelKey, int max, ValueProvider<D, String> getter, Setter<D, String> setter) {
        TextField field = new TextField(owner.getTranslation(labelKey));
        field.setMaxLength(max);
        binder.forField(field)
                .withValidator(new StringLengthValidator(owner.getTranslation("validation.tooLong", max), 0, max))
                .bind(getter, setter);
        return register(property, field);
    }

    DatePicker date(String property, String labelKey, ValueProvider<D, LocalDate> getter,
            Setter<D, LocalDate> setter) {
        DatePicker field = new DatePicker(owner.getTranslation(labelKey));
        field.setI18n(LocalizedI18n.datePicker(UI.getCurrent().getLocale()));
        binder.forField(field).bind(getter, setter);
        return register(property, field);
    }

    IntegerField integer(String property, String labelKey, ValueProvider<D, Integer> getter,
            Setter<D, Integer> setter) {
        IntegerField field = new IntegerField(owner.getTranslation(labelKey));
        field.setMin(0);
        binder.forField(field).bind(getter, setter);
        return register(property, field);
    }

    BigDecimalField money(String property, String labelKey, ValueProvider<D, BigDecimal> getter,
            Setter<D, BigDecimal> setter) {
        BigDecimalField field = new BigDecimalField(owner.getTranslation(labelKey));
        binder.forField(field).bind(getter, setter);
        return register(property, field);
    }

    <F extends Component & HasValidation> F register(String property, F field) {
        byName.put(property, field);
        return field;
    }
}
