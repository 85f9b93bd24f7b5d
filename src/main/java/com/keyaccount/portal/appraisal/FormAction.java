package com.keyaccount.portal.appraisal;

/** The moves of the appraisal workflow ({@link FormWorkflow}), each audited under its own action name. */
public enum FormAction {
    /** The employee submits the self-assessment. */
    SUBMIT_SELF,
    /** The reviewer submits the scores. */
    SUBMIT_SCORES,
    /** A related department gives its opinion; the last one moves the form on. */
    GIVE_OPINION,
    /** The reviewer signs (签字) the scored form. */
    SIGN,
    /** The department head approves the signed form. */
    APPROVE,
    /** Sent back to an earlier step with a reason (by the reviewer from scoring, by the department head from approval). */
    RETURN,
    /** A department head reopens a final form with a reason. */
    REOPEN
}
