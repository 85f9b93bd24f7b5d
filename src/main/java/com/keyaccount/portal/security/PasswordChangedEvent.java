package com.keyaccount.portal.security;

/** Published when a person changes their own password. */
public record PasswordChangedEvent(String username, long accountId) {
}
