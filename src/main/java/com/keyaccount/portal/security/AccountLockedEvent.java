package com.keyaccount.portal.security;

import java.time.Instant;

/** Published when repeated failed logins lock an account. */
public record AccountLockedEvent(String username, int failedAttempts, Instant lockedUntil, String remoteAddress) {
}
