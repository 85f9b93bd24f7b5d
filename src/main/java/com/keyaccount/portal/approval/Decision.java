package com.keyaccount.portal.approval;

/** What the current step's approver decides; rejecting and returning need a comment. */
public enum Decision {
    APPROVE, REJECT, RETURN;

    /** Longest decision comment stored. */
    public static final int MAX_COMMENT = 1000;

    public boolean needsComment() {
        return this != APPROVE;
    }
}
