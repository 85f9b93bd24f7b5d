package com.keyaccount.portal.appraisal;

/**
 * The profile-based parts of 000 大客户经理季度综合考评表, scored from the employee's org data by {@link ProfileScores}.
 */
public enum ProfileKind {
    /** 学历分, from the employee's education. */
    EDUCATION,
    /** 工龄分, from the years of service between the hire date and the period end. */
    SENIORITY
}
