package com.keyaccount.portal.security;

import java.util.Set;

/**
 * Published inside the transaction of {@link AccountService#assignRoles} when an account's roles change, whichever
 * module asked for it; listeners that write (the audit log) join that transaction.
 */
public record AccountRolesChangedEvent(long accountId, long employeeId, String username, Set<Role> before,
        Set<Role> after) {

    public AccountRolesChangedEvent {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }
}
