package com.keyaccount.portal.customer;

/** The A1–D grade scheme (001 一篇 第3条): A一级, A二级, B一级, B二级, C类, D类. */
public enum Grade {
    A1, A2, B1, B2, C, D
}
