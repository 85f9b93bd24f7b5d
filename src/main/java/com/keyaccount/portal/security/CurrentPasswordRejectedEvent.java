package com.keyaccount.portal.security;

/**
 * Published when someone changing their own password gives a wrong current password: it counts as a failed login
 * (see {@link AccountService#changeOwnPassword}).
 */
public record CurrentPasswordRejectedEvent(String username, long accountId) {
}
