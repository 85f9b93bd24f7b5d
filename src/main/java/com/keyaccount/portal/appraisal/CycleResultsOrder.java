package com.keyaccount.portal.appraisal;

/** The order of a cycle's results: best total first (unscored last), or by name. */
public enum CycleResultsOrder {
    RANK, NAME
}
