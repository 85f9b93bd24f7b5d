package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A stored line of the 客户销售信息月报表 (002 六) for the sales tab; margin (毛利率) in percent, null without sales. */
public record MonthlySaleLine(long id, long version, YearMonth month, Long responsibleEmployeeId,
        String responsibleName, String product, BigDecimal amount, BigDecimal discount, BigDecimal grossProfit,
        BigDecimal marginPercent, String remarks) implements Serializable {

    /** The form's content for editing this line. */
    public SaleLine toDraft() {
        return new SaleLine(null, month, responsibleEmployeeId, product, amount, discount, grossProfit, remarks,
                version);
    }
}
