package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.MonthlySaleLine;
import com.keyaccount.portal.customer.MonthlySaleService;
import com.keyaccount.portal.customer.SaleLine;
import com.keyaccount.portal.org.EmployeeReference;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds or edits one line of the 客户销售信息月报表 (002 六). The service validates; a refused save keeps the input and
 * marks the field at fault (a duplicate month and product on the product).
 */
class SaleLineDialog extends Dialog {

    final Select<YearMonth> month = new Select<>();
    final TextField product = new TextField();
    final ComboBox<EmployeeReference> responsible = new ComboBox<>();
    final BigDecimalField amount = new BigDecimalField();
    final BigDecimalField discount = new BigDecimalField();
    final BigDecimalField grossProfit = new BigDecimalField();
    final TextArea remarks = new TextArea();
    final Button save = new Button();

    private final MonthlySaleService sales;
    private final long customerId;
    private final MonthlySaleLine existing;
    private final Runnable onSaved;

    SaleLineDialog(MonthlySaleService sales, long customerId, MonthlySaleLine existing, Runnable onSaved) {
        this.sales = sales;
        this.customerId = customerId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "customer.sale.new" : "customer.sale.edit"));
        setWidth("560px");
        List<YearMonth> months = new ArrayList<>(sales.selectableMonths());
        if (existing != null && !months.contains(existing.month())) {
            months.add(existing.month());
        }
        month.setLabel(getTranslation("customer.sale.field.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> SalesTab.monthLabel(this, m));
        product.setLabel(getTranslation("customer.sale.field.product"));
        product.setMaxLength(100);
        List<EmployeeReference> people = new ArrayList<>(sales.findResponsibleOptions(customerId));
        if (existing != null && existing.responsibleEmployeeId() != null
                && people.stream().noneMatch(p -> p.id() == existing.responsibleEmployeeId())) {
            people.add(new EmployeeReference(existing.responsibleEmployeeId(), existing.responsibleName(), "", 0, ""));
        }
        responsible.setLabel(getTranslation("customer.sale.field.responsible"));
        responsible.setItems(people);
        responsible.setItemLabelGenerator(EmployeeReference::displayName);
        responsible.setClearButtonVisible(true);
        amount.setLabel(getTranslation("customer.sale.field.amount"));
        discount.setLabel(getTranslation("customer.sale.field.discount"));
        grossProfit.setLabel(getTranslation("customer.sale.field.grossProfit"));
        grossProfit.setHelperText(getTranslation("customer.sale.grossProfitHelp"));
        remarks.setLabel(getTranslation("customer.sale.field.remarks"));
        remarks.setMaxLength(500);
        if (existing == null) {
            month.setValue(months.getFirst());
            people.stream().findFirst().ifPresent(responsible::setValue);
        } else {
            month.setValue(existing.month());
            product.setValue(existing.product());
            people.stream().filter(p -> Objects.equals(p.id(), existing.responsibleEmployeeId())).findFirst()
                    .ifPresent(responsible::setValue);
            amount.setValue(existing.amount());
            discount.setValue(existing.discount());
            grossProfit.setValue(existing.grossProfit());
            remarks.setValue(existing.remarks() == null ? "" : existing.remarks());
        }
        FormLayout form = new FormLayout(month, product, responsible, amount, discount, grossProfit, remarks);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        form.setColspan(remarks, 2);
        add(form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("month", month, "product", product, "responsibleEmployeeId",
                responsible, "amount", amount, "discount", discount, "grossProfit", grossProfit, "remarks", remarks);
        fields.values().forEach(field -> field.setInvalid(false));
        SaleLine line = new SaleLine(null, month.getValue(),
                responsible.getValue() == null ? null : responsible.getValue().id(), product.getValue(),
                amount.getValue(), discount.getValue(), grossProfit.getValue(), remarks.getValue(),
                existing == null ? 0 : existing.version());
        try {
            if (existing == null) {
                sales.add(customerId, line);
            } else {
                sales.update(existing.id(), line);
            }
            UiErrors.showSuccess(getTranslation("common.saved"));
            close();
            onSaved.run();
        } catch (RuntimeException e) {
            UiErrors.show(e, fields);
        }
    }
}
