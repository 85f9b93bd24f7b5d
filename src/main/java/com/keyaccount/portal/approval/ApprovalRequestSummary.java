package com.keyaccount.portal.approval;

import java.io.Serializable;
import java.time.Instant;

/** One row of 我的申请: what the request is about, where it stands and with whom. */
public record ApprovalRequestSummary(long id, String typeNameKey, String objectLabel, ApprovalStatus status,
        String currentApproverName, Instant submittedAt, Instant updatedAt) implements Serializable {
}
