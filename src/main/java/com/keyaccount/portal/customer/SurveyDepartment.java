package com.keyaccount.portal.customer;

/** Departments that join the field survey (实地调查, 000 选择制度 第七条: 会同技术、设计、品质等部门). */
public enum SurveyDepartment {
    TECHNICAL, DESIGN, QUALITY, PRODUCTION, PURCHASING, FINANCE, OTHER
}
