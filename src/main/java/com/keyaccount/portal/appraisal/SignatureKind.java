package com.keyaccount.portal.appraisal;

/** The two signatures on a form: the reviewer's 签字 and the department head's 审批. */
public enum SignatureKind {
    SIGNED, APPROVED
}
