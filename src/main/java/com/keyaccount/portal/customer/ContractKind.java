package com.keyaccount.portal.customer;

/**
 * Kinds of contract and agreement: 供货合同 and 质量保证合同 signed together (000 大客户开发选择制度 第九、十条), or a
 * 销售协议 / VIP客户协议 (001 一篇 第8条; a VIP agreement makes a 协议大客户, 第4条).
 */
public enum ContractKind {
    SUPPLY, QUALITY, SALES_AGREEMENT, VIP_AGREEMENT
}
