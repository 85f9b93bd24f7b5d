package com.keyaccount.portal.customer;

import com.keyaccount.portal.DemoUsers;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Archives with sales for the grade and sales tests: created as zhangwei (大客户一组, manager liuyang). */
@Component
class GradeTestSupport {

    private final CustomerService customers;
    private final MonthlySaleService sales;
    private final DemoUsers demo;
    private final ZoneId businessZone;

    GradeTestSupport(CustomerService customers, MonthlySaleService sales, DemoUsers demo, ZoneId businessZone) {
        this.customers = customers;
        this.sales = sales;
        this.demo = demo;
        this.businessZone = businessZone;
    }

    /** The month before the current one in the business time zone: inside the twelve-month window. */
    YearMonth lastMonth() {
        return YearMonth.now(businessZone).minusMonths(1);
    }

    long customer(Confidentiality level, PaymentRating payment) {
        CustomerDraft draft = CustomerFixtures.draft("厦门鹭岛商贸有限公司" + System.nanoTime());
        draft.setConfidentiality(level);
        draft.setPaymentStatus(payment);
        return demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
    }

    long addSale(long customerId, YearMonth month, String product, String amount, String grossProfit) {
        return demo.as(DemoUsers.EMPLOYEE, () -> sales.add(customerId, SaleLine.of(month, null, product,
                new BigDecimal(amount), BigDecimal.ZERO, new BigDecimal(grossProfit), null)));
    }
}
