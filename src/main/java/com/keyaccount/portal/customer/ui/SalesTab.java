package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.MonthlySaleLine;
import com.keyaccount.portal.customer.MonthlySaleService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The archive's sales tab: the 客户销售信息月报表 (002 六) lines by month with totals and the overall margin; staff who may
 * edit the archive add, edit and delete lines (each change regrades the customer). Mounted by the archive page.
 */
public class SalesTab extends VerticalLayout {

    final Grid<MonthlySaleLine> grid = new Grid<>();
    final Button add = new Button();
    Grid.Column<MonthlySaleLine> amountColumn;
    Grid.Column<MonthlySaleLine> grossProfitColumn;
    Grid.Column<MonthlySaleLine> marginColumn;

    private final MonthlySaleService sales;
    private final long customerId;
    private final CustomerPermissions permissions;
    private Grid.Column<MonthlySaleLine> discountColumn;

    public SalesTab(MonthlySaleService sales, long customerId, CustomerPermissions permissions) {
        this.sales = sales;
        this.customerId = customerId;
        this.permissions = permissions;
        setPadding(false);
        setSizeFull();
        add.setText(getTranslation("customer.sale.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new SaleLineDialog(sales, customerId, null, this::refresh).open());
        add.setVisible(permissions.edit());
        grid.addColumn(line -> monthLabel(this, line.month())).setHeader(getTranslation("customer.sale.field.month"))
                .setAutoWidth(true).setFooter(getTranslation("customer.sale.total"));
        grid.addColumn(MonthlySaleLine::product).setHeader(getTranslation("customer.sale.field.product"))
                .setFlexGrow(1);
        grid.addColumn(MonthlySaleLine::responsibleName).setHeader(getTranslation("customer.sale.field.responsible"))
                .setAutoWidth(true);
        amountColumn = moneyColumn(MonthlySaleLine::amount, "customer.sale.field.amount");
        discountColumn = moneyColumn(MonthlySaleLine::discount, "customer.sale.field.discount");
        grossProfitColumn = moneyColumn(MonthlySaleLine::grossProfit, "customer.sale.field.grossProfit");
        marginColumn = grid.addColumn(line -> percent(line.marginPercent()))
                .setHeader(getTranslation("customer.sale.field.margin")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(MonthlySaleLine::remarks).setHeader(getTranslation("customer.sale.field.remarks"))
                .setFlexGrow(1);
        if (permissions.edit()) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("customer.sale.none"));
        add(new HorizontalLayout(add), grid);
        refresh();
    }

    private Grid.Column<MonthlySaleLine> moneyColumn(Function<MonthlySaleLine, BigDecimal> value, String headerKey) {
        return grid.addColumn(line -> Formats.money(value.apply(line), getLocale()))
                .setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private HorizontalLayout actions(MonthlySaleLine line) {
        Button edit = new Button(getTranslation("common.edit"),
                click -> new SaleLineDialog(sales, customerId, line, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("common.delete"), click -> confirmDelete(line));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    void confirmDelete(MonthlySaleLine line) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("customer.sale.deleteTitle"));
        confirm.setText(getTranslation("customer.sale.deleteText", monthLabel(this, line.month()),
                line.product()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("common.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                sales.delete(line.id(), line.version());
            } catch (RuntimeException e) {
                UiErrors.showNotification(e);
            }
            refresh();
        });
        confirm.open();
    }

    void refresh() {
        List<MonthlySaleLine> lines = sales.findLines(customerId);
        grid.setItems(lines);
        BigDecimal amount = sum(lines, MonthlySaleLine::amount);
        BigDecimal profit = sum(lines, MonthlySaleLine::grossProfit);
        amountColumn.setFooter(Formats.money(amount, getLocale()));
        discountColumn.setFooter(Formats.money(sum(lines, MonthlySaleLine::discount), getLocale()));
        grossProfitColumn.setFooter(Formats.money(profit, getLocale()));
        marginColumn.setFooter(amount.signum() == 0 ? ""
                : percent(profit.multiply(BigDecimal.valueOf(100)).divide(amount, 2, RoundingMode.HALF_UP)));
    }

    private static BigDecimal sum(List<MonthlySaleLine> lines, Function<MonthlySaleLine, BigDecimal> value) {
        return lines.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String percent(BigDecimal value) {
        return value == null ? "" : getTranslation("customer.sale.percent", value.toPlainString());
    }

    /** A month as the UI's language writes it ({@code 2026年3月}, {@code Mar 2026}). */
    static String monthLabel(Component in, YearMonth month) {
        Locale locale = in.getUI().map(UI::getLocale).orElse(Locale.getDefault());
        return DateTimeFormatter.ofPattern(in.getTranslation("customer.sale.monthPattern"), locale).format(month);
    }
}
