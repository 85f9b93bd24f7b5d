package com.keyaccount.portal.security;

/** Role names as constants for {@code @RolesAllowed} on views (Spring adds the {@code ROLE_} prefix). */
public final class Roles {

    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String MANAGER = "MANAGER";
    public static final String DEPARTMENT_HEAD = "DEPARTMENT_HEAD";
    public static final String GENERAL_MANAGER = "GENERAL_MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
