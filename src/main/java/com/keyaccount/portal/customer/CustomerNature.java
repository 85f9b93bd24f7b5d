package com.keyaccount.portal.customer;

/** 客户性质 (000 信息办法 第二、三条): suppliers, distributors, end customers, and special customers. */
public enum CustomerNature {
    /** 供应商. */
    SUPPLIER,
    /** 经销商. */
    DISTRIBUTOR,
    /** 终端客户 (001 一篇 第4条: a 协议大客户 is an end-customer unit). */
    END_CUSTOMER,
    /** 特殊客户: one of the assisting bodies of {@link SpecialKind} (000 信息办法 第三条a). */
    SPECIAL
}
