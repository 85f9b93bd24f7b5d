package com.keyaccount.portal.customer;

/** 國內和國際 (004-3 第一条). */
public enum Market {
    DOMESTIC, INTERNATIONAL
}
