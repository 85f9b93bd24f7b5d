package com.keyaccount.portal.approval;

/** Where a request stands. Approved, rejected and withdrawn are final; a returned request may be resubmitted. */
public enum ApprovalStatus {
    IN_PROGRESS, APPROVED, REJECTED, RETURNED, WITHDRAWN;

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
