package com.keyaccount.portal.customer;

/** 特殊客户 (000 信息办法 第三条a; 004: 律師): 法律顾问, 财务顾问, 广告, 公关, 银行, 保险, 融资等协助机构. */
public enum SpecialKind {
    LAWYER, FINANCIAL_ADVISER, ADVERTISING, PUBLIC_RELATIONS, BANK, INSURANCE, FINANCING
}
