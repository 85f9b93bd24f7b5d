package com.keyaccount.portal.appraisal;

/**
 * The result of a form, best first: 优秀, 良好, 一般, 及格, 不及格, as the 000 quarterly self-reports print it under 结果
 * (区域经理季度述职考评表, 部门经理季度述职考评表) and 大客户经理季度综合考评表 under 评分等级 and 上季结果.
 */
public enum ResultLevel {
    /** 优秀. */
    EXCELLENT,
    /** 良好. */
    GOOD,
    /** 一般. */
    AVERAGE,
    /** 及格. */
    PASS,
    /** 不及格. */
    FAIL
}
