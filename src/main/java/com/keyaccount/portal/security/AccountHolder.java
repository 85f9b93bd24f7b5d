package com.keyaccount.portal.security;

/** What the login needs to know of the person behind an account; supplied by the organisation module. */
public record AccountHolder(long employeeId, String displayName, String departmentName, boolean active) {
}
