package com.keyaccount.portal.customer;

/** How trading ended (000 名册制度 第九条): material is marked 交易终止 or 交易解除. */
public enum EndKind {
    /** 交易终止: trading stopped. */
    ENDED,
    /** 交易解除: the relationship was dissolved. */
    DISSOLVED
}
