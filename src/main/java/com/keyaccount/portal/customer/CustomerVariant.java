package com.keyaccount.portal.customer;

/**
 * Which card the archive is kept on (004 第二章 二): 《經銷商客戶檔案卡》 for distributors, 《終端客戶檔案卡》 for end
 * customers, and the 自然人客户信息资料表 (002 九) for individual (会员) customers.
 */
public enum CustomerVariant {
    /** 经销商客户档案卡. */
    DISTRIBUTOR_CARD,
    /** 终端客户档案卡. */
    END_CUSTOMER_CARD,
    /** 自然人客户信息资料表: an individual; the credit code is not required. */
    NATURAL_PERSON
}
