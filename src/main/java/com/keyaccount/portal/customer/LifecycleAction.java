package com.keyaccount.portal.customer;

/** What the lifecycle panel may offer on an archive, decided by {@link CustomerLifecycleService#state}. */
public enum LifecycleAction {
    START_SURVEY, EDIT_SURVEY, STOP_SURVEY, RESUME_SURVEY, SUBMIT_TRADE_SURVEY, RESUBMIT_TRADE_SURVEY, ACTIVATE,
    TERMINATE, REACTIVATE, REQUEST_DEREGISTRATION
}
