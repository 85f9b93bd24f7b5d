package com.keyaccount.portal.approval;

/**
 * Who approves a step, resolved from the organisation when the request is submitted (see {@link ApproverResolver}
 * for what happens when the rule names the requester, nobody, or someone who has left).
 */
public enum ApproverRule {
    /** 负责人: the requester's direct manager. */
    REQUESTER_MANAGER,
    /** 部门主管 / 部门经理: the head of the requester's department (not team), or the nearest head above. */
    REQUESTER_DEPARTMENT_HEAD,
    /** The holder of an office named by its position title, e.g. 营销总监 or 总经理. */
    OFFICE,
    /** 总经理: the head of the company. */
    GENERAL_MANAGER,
    /** The direct manager of the employee the request type names, e.g. the owner of a customer archive. */
    OBJECT_OWNER_MANAGER
}
