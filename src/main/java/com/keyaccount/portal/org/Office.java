package com.keyaccount.portal.org;

/**
 * Offices the regulations name as approvers or owners of a duty (RULES.md §1), assigned to employees by an
 * administrator ({@code employee_office}); approval chains name them by code ({@link OrgQueries#holdersOf(Office)}).
 *
 * <p>Not offices: 部门经理 is the head relation of a department ({@link OrgQueries#headOf}), and 人力资源部 is a
 * department, not a person's office.
 */
public enum Office {

    /** 营销总监 (004 第一章 三; 第三章 一、二). */
    MARKETING_DIRECTOR,
    /** 营销副总经理 (004 第三章 一). */
    DEPUTY_GM_MARKETING,
    /**
     * 总经理 (000 客户名册管理制度 第五条). {@link OrgQueries#generalManager()} answers with the company head; the demo
     * company's head also holds this office, and administrators keep the two consistent.
     */
    GENERAL_MANAGER,
    /** 大客户部经理 (000 客户名册管理制度 第九条). */
    KA_DEPARTMENT_MANAGER,
    /** 档案管理负责人 (004 第三章 三). */
    ARCHIVE_KEEPER,
    /** 客户服务专员 (000 人员岗位职责). */
    CUSTOMER_SERVICE_SPECIALIST
}
