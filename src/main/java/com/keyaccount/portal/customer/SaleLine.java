package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A line of the 客户销售信息月报表 (002 六) as typed or imported: month, responsible person (负责人), product, sales
 * amount, discount and gross profit (毛利) in CNY, remarks. {@code customerId} names the customer in an import
 * spanning several customers; the typed form leaves it null. {@code version} is the version read for an edit.
 */
public record SaleLine(Long customerId, YearMonth month, Long responsibleEmployeeId, String product,
        BigDecimal amount, BigDecimal discount, BigDecimal grossProfit, String remarks, long version)
        implements Serializable {

    /** A new line for the typed form of one archive. */
    public static SaleLine of(YearMonth month, Long responsibleEmployeeId, String product, BigDecimal amount,
            BigDecimal discount, BigDecimal grossProfit, String remarks) {
        return new SaleLine(null, month, responsibleEmployeeId, product, amount, discount, grossProfit, remarks, 0);
    }
}
