package com.keyaccount.portal.customer;

/** The 客户等级分类表 scheme (002 三): AAA / AA / A / B. */
public enum Rating {
    AAA, AA, A, B
}
