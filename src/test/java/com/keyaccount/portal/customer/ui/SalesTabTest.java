package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.MonthlySaleService;
import com.keyaccount.portal.customer.SaleLine;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("zhangwei")
class SalesTabTest extends ViewTestBase {

    @Autowired
    MonthlySaleService sales;
    @Autowired
    CustomerService customers;

    private long customerId;

    private SalesTab mount(CustomerPermissions permissions) {
        customerId = customers.create(CustomerFixtures.draft("泉州刺桐贸易有限公司" + System.nanoTime()));
        SalesTab tab = new SalesTab(sales, customerId, permissions);
        UI.getCurrent().add(tab);
        return tab;
    }

    @Test
    void aLineAddedInTheDialogShowsWithTotalsAndMargin() {
        SalesTab tab = mount(new CustomerPermissions(true, true, false));
        YearMonth last = sales.selectableMonths().get(1);
        sales.add(customerId, SaleLine.of(last, null, "打印纸", new BigDecimal("1000"), BigDecimal.ZERO,
                new BigDecimal("100"), null));
        tab.refresh();

        test(tab.add).click();
        SaleLineDialog dialog = find(SaleLineDialog.class).single();
        assertThat(dialog.responsible.getValue().displayName()).isEqualTo("张伟");
        dialog.month.setValue(last);
        dialog.product.setValue("硒鼓");
        dialog.amount.setValue(new BigDecimal("3000"));
        dialog.grossProfit.setValue(new BigDecimal("500"));
        test(dialog.save).click();

        assertThat(test(tab.grid).size()).isEqualTo(2);
        assertThat(tab.amountColumn.getFooterText()).isEqualTo("¥4,000.00");
        assertThat(tab.grossProfitColumn.getFooterText()).isEqualTo("¥600.00");
        assertThat(tab.marginColumn.getFooterText()).isEqualTo("15.00%");
        assertThat(test(tab.grid).getCellText(0, 0)).isEqualTo(last.getYear() + "年" + last.getMonthValue() + "月");
    }

    @Test
    void aDuplicateLineIsMarkedOnTheProductAndTheDialogStaysOpen() {
        SalesTab tab = mount(new CustomerPermissions(true, true, false));
        YearMonth last = sales.selectableMonths().get(1);
        sales.add(customerId, SaleLine.of(last, null, "硒鼓", BigDecimal.TEN, null, null, null));
        test(tab.add).click();
        SaleLineDialog dialog = find(SaleLineDialog.class).single();
        dialog.month.setValue(last);
        dialog.product.setValue("硒鼓");
        dialog.amount.setValue(BigDecimal.ONE);
        test(dialog.save).click();
        assertThat(dialog.product.isInvalid()).isTrue();
        assertThat(dialog.product.getErrorMessage()).contains("已有商品“硒鼓”");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aLineIsDeletedAfterConfirmation() {
        SalesTab tab = mount(new CustomerPermissions(true, true, false));
        sales.add(customerId, SaleLine.of(sales.selectableMonths().get(0), null, "纸", BigDecimal.TEN, null, null,
                null));
        tab.refresh();
        tab.confirmDelete(test(tab.grid).getRow(0));
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(test(tab.grid).size()).isZero();
        assertThat(sales.findLines(customerId)).isEmpty();
    }

    @Test
    void whoMayNotEditSeesNoAddButtonAndNoActions() {
        SalesTab tab = mount(new CustomerPermissions(true, false, false));
        assertThat(tab.add.isVisible()).isFalse();
        assertThat(tab.grid.getColumns()).hasSize(8);
    }
}
