package com.keyaccount.portal.approval;

/** One step of one round: waiting for its turn, pending (the current step), decided, or cancelled with the round. */
public enum StepState {
    WAITING, PENDING, APPROVED, REJECTED, RETURNED, CANCELLED
}
