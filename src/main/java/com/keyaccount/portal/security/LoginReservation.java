package com.keyaccount.portal.security;

/** The outcome of reserving a login attempt before its password is compared ({@link UserAccount#reserveLogin}). */
enum LoginReservation {
    /** The password may be compared. */
    GRANTED,
    /** Locked: refused without comparing. */
    REFUSED,
    /** The limit was reached by attempts still under way: refused, and the account locks now. */
    REFUSED_AND_LOCKED
}
