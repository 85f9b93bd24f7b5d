package com.keyaccount.portal.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A request as its detail page shows it to someone involved, with what the viewer may do now: decide (the current
 * step's approver), withdraw or resubmit (the requester).
 */
public record ApprovalRequestDetail(long id, long version, String typeNameKey, String objectLabel, String objectRoute,
        String requesterName, ApprovalStatus status, int round, Instant submittedAt, Instant updatedAt,
        List<ApprovalStepView> steps, boolean mayDecide, boolean mayWithdraw, boolean mayResubmit)
        implements Serializable {

    public ApprovalRequestDetail {
        steps = List.copyOf(steps);
    }
}
