package com.keyaccount.portal.approval;

import java.io.Serializable;
import java.time.Instant;

/** One step of a request as its detail page shows it. */
public record ApprovalStepView(int round, int stepNo, ApproverRule rule, String officeTitle, String approverName,
        boolean escalated, StepState state, String comment, Instant activatedAt, Instant decidedAt)
        implements Serializable {
}
