package com.keyaccount.portal.customer;

/** 大客户类型 (001 一篇 第4条). */
public enum BusinessType {
    /** 协议大客户: an end-customer unit that signed a 《VIP客户协议》. */
    AGREEMENT,
    /** 会员大客户: an individual with a high yearly volume and frequency. */
    MEMBER
}
