package com.keyaccount.portal.appraisal;

/**
 * Where an appraisal form stands in its one workflow (000 述职考评 and 考核 forms: 自评 → 考评 → 相关部门意见 → 签字 → 审批):
 * each state names whose turn it is.
 */
public enum FormStatus {
    /** The employee writes the self-assessment (自评, 述职) and may type KPI actuals. */
    DRAFT(Turn.EMPLOYEE),
    /** Submitted by the employee: the reviewer (the manager) scores. */
    SELF_ASSESSED(Turn.REVIEWER),
    /** Scored: the related departments give their opinions (相关部门意见), in parallel. */
    OPINIONS(Turn.DEPARTMENTS),
    /** Scored and every opinion in: the reviewer signs (签字). */
    SCORED(Turn.REVIEWER),
    /** Signed: the department head approves (审批) or returns it. */
    SIGNED(Turn.APPROVER),
    /** Approved, final and locked; only a department head may reopen it, with a reason. */
    FINAL(Turn.NOBODY);

    /** Whose turn a state is. */
    public enum Turn {
        EMPLOYEE, REVIEWER, DEPARTMENTS, APPROVER, NOBODY
    }

    private final Turn turn;

    FormStatus(Turn turn) {
        this.turn = turn;
    }

    public Turn turn() {
        return turn;
    }
}
