package com.keyaccount.portal.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period an appraisal form covers, as the 000 forms name it: 月度 (区域经理月度考核表, 销售代表月度考核表, 销售中心员工月度考核表),
 * 季度 (述职考评表, 大客户经理季度综合考评表), 半年期 and 年度 (销售经理年度考核表).
 */
public enum PeriodKind {
    MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** The number of calendar months in one period. */
    public int months() {
        return months;
    }

    /** The last day of the period that starts with {@code firstMonth}. */
    public LocalDate endOf(YearMonth firstMonth) {
        return firstMonth.plusMonths(months - 1L).atEndOfMonth();
    }
}
