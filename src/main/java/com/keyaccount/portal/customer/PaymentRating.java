package com.keyaccount.portal.customer;

/** 支付状况 / 回收状况 of the 法人客户信息资料表 (002 八): 良好 / 一般 / 较差 / 极坏. */
public enum PaymentRating {
    GOOD, FAIR, POOR, VERY_BAD
}
