package com.keyaccount.portal.security;

import java.io.Serializable;
import java.util.Set;

/** An account as administrators see it. */
public record AccountInfo(long accountId, long employeeId, String username, Set<Role> roles, boolean enabled,
        boolean locked, long version) implements Serializable {
}
