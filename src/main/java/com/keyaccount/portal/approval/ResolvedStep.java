package com.keyaccount.portal.approval;

/** A chain step with the person who approves it in this round. */
record ResolvedStep(ApproverRule rule, String officeTitle, long approverId, String approverName, boolean escalated) {
}
