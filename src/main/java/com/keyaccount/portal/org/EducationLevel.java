package com.keyaccount.portal.org;

/** 学历: scored by the quarterly appraisal (大客户经理季度综合考评表, 学历分), lowest first. */
public enum EducationLevel {
    HIGH_SCHOOL_OR_BELOW, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTORATE
}
