package com.keyaccount.portal.appraisal;

/** Where an appraisal cycle stands: participants are chosen in a draft; opening creates the forms; closing ends it. */
public enum CycleStatus {
    DRAFT, OPEN, CLOSED
}
