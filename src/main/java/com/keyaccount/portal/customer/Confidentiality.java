package com.keyaccount.portal.customer;

/**
 * Every archive's confidentiality level (004 第三章 一): 公司級 kept by the 營銷總監, 部門級 by the 部門經理, 個人級 by
 * the salesperson. Who may open an archive at each level is {@link CustomerAccessRules}.
 */
public enum Confidentiality {
    /** 公司级. */
    COMPANY,
    /** 部门级. */
    DEPARTMENT,
    /** 个人级. */
    PERSONAL
}
