package com.keyaccount.portal.appraisal;

/**
 * Where a KPI's 实际量 came from: typed by a person, or counted from the portal's own records for the form's period, so
 * each number on a form can show its source.
 */
public enum KpiSource {
    /** Typed on the form. */
    TYPED,
    /** Customers whose archive reached 交易开始 (customer code assigned) in the period, owned by the employee. */
    NEW_CUSTOMERS,
    /** Follow-ups (跟进记录) the employee recorded in the period. */
    FOLLOW_UPS,
    /** Visits (跟进记录 of type visit) the employee recorded in the period. */
    VISITS,
    /** Sales (客户销售信息月报表) of the employee's customers in the period's months, in CNY. */
    SALES
}
