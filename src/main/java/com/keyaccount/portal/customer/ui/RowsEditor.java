package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The repeated rows of a sheet (managers, products, assets, service records): add and remove rows; rows left empty
 * are not saved. Shows a refusal from the service for the whole list beneath it.
 */
class RowsEditor<T> extends VerticalLayout implements HasValidation {

    /** One row's fields; its value, and whether nothing was typed in it. */
    abstract static class Row<T> extends FormLayout {
        abstract T value();

        abstract boolean isBlank();

        abstract void setFieldsReadOnly(boolean readOnly);

        TextField text(String labelKey) {
            return new TextField(getTranslation(labelKey));
        }

        DatePicker date(String labelKey) {
            DatePicker field = new DatePicker(getTranslation(labelKey));
            field.setI18n(LocalizedI18n.datePicker(getLocale()));
            return field;
        }
    }

    final Div rows = new Div();
    final Button add = new Button();
    private final Span error = new Span();
    private final Function<T, Row<T>> factory;
    private final List<Row<T>> current = new ArrayList<>();
    private boolean readOnly;

    RowsEditor(String addLabel, Function<T, Row<T>> factory) {
        this.factory = factory;
        setPadding(false);
        add.setText(addLabel);
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> addRow(null));
        error.addClassName("rows-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        rows.setWidthFull();
        add(rows, error, add);
    }

    void setValue(List<T> values) {
        rows.removeAll();
        current.clear();
        values.forEach(this::addRow);
    }

    List<T> getValue() {
        return current.stream().filter(row -> !row.isBlank()).map(Row::value).toList();
    }

    List<Row<T>> rowEditors() {
        return List.copyOf(current);
    }

    Row<T> addRow(T value) {
        Row<T> row = factory.apply(value);
        row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            current.remove(row);
            rows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("customer.sheet.removeRow"));
        remove.setVisible(!readOnly);
        row.add(remove);
        row.setFieldsReadOnly(readOnly);
        row.addClassName("sheet-row");
        current.add(row);
        rows.add(row);
        return row;
    }

    void setEditable(boolean editable) {
        readOnly = !editable;
        add.setVisible(editable);
        current.forEach(row -> row.setFieldsReadOnly(readOnly));
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
