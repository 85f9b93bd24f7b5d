package com.keyaccount.portal.security;

/**
 * Published inside the transaction of an administrator's change to someone's login through {@link AccountService},
 * whichever module asked for it; listeners that write (the audit log) join that transaction. Role changes have their
 * own {@link AccountRolesChangedEvent}.
 */
public record AccountChangedEvent(long accountId, long employeeId, String username, Change change) {

    /** What happened to the login. */
    public enum Change {
        PASSWORD_RESET, UNLOCKED, DISABLED, ENABLED
    }
}
