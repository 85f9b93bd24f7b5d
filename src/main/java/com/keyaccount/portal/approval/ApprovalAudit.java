package com.keyaccount.portal.approval;

/** Audit action codes of approvals ({@code audit.action.<code>} names them in the audit view). */
public final class ApprovalAudit {

    public static final String ENTITY = "ApprovalRequest";
    public static final String CHAIN_ENTITY = "ApprovalChain";
    public static final String SUBMITTED = "approval.request.submitted";
    public static final String RESUBMITTED = "approval.request.resubmitted";
    public static final String WITHDRAWN = "approval.request.withdrawn";
    public static final String APPROVED = "approval.step.approved";
    public static final String REJECTED = "approval.step.rejected";
    public static final String RETURNED = "approval.step.returned";
    /** A waiting step handed on because its approver left. */
    public static final String REASSIGNED = "approval.step.reassigned";
    public static final String CHAIN_UPDATED = "approval.chain.updated";

    private ApprovalAudit() {
    }

    static String of(Decision decision) {
        return switch (decision) {
            case APPROVE -> APPROVED;
            case REJECT -> REJECTED;
            case RETURN -> RETURNED;
        };
    }
}
