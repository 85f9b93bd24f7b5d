package com.keyaccount.portal.security;

/**
 * Every permission a service checks, stated once. A person holds the union of the permissions of their
 * roles ({@link Role#permissions()}); services check them with {@code @PreAuthorize("hasAuthority(...)")}.
 */
public final class Permissions {

    /** Read the organisation: departments and the employee directory. */
    public static final String ORG_READ = "org:read";
    /** Create, edit and delete departments. */
    public static final String ORG_MANAGE = "org:manage";
    /** Create and edit employees, their accounts, roles and passwords. */
    public static final String USER_MANAGE = "user:manage";
    /** Read the audit log. */
    public static final String AUDIT_READ = "audit:read";

    public static final String HAS_ORG_READ = "hasAuthority('" + ORG_READ + "')";
    public static final String HAS_ORG_MANAGE = "hasAuthority('" + ORG_MANAGE + "')";
    public static final String HAS_USER_MANAGE = "hasAuthority('" + USER_MANAGE + "')";
    public static final String HAS_AUDIT_READ = "hasAuthority('" + AUDIT_READ + "')";

    private Permissions() {
    }
}
