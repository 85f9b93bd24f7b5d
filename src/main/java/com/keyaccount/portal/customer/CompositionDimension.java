package com.keyaccount.portal.customer;

/**
 * The dimensions of the 客户构成分析 (composition analysis): grade (001 一篇 第3条), region (002 四), nature (000 信息办法
 * 第二、三条) and industry (004-3 第四条 2(1) 行業).
 */
public enum CompositionDimension {
    GRADE, REGION, NATURE, INDUSTRY
}
