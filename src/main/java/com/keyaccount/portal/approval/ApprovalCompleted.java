package com.keyaccount.portal.approval;

/**
 * A request reached a final state: approved, rejected or withdrawn. Published only after the deciding transaction
 * has committed, so a listener never sees an outcome that was rolled back; a listener that writes runs its own
 * transaction ({@code @Transactional(propagation = REQUIRES_NEW)}).
 */
public record ApprovalCompleted(long requestId, String type, long objectId, ApprovalStatus outcome) {
}
