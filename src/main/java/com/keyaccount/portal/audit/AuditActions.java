package com.keyaccount.portal.audit;

/**
 * Audit action codes of the foundation; later modules add theirs as {@code module.object.verb}. The audit view
 * translates each code through the key {@code audit.action.<code>}.
 */
public final class AuditActions {

    public static final String LOGIN_SUCCESS = "auth.login.success";
    public static final String LOGIN_FAILURE = "auth.login.failure";
    public static final String ACCOUNT_LOCKED = "auth.account.locked";
    public static final String LOGOUT = "auth.logout";
    public static final String PASSWORD_CHANGED = "auth.password.changed";
    /** A call refused by method security ({@code @PreAuthorize}): who tried which operation without the permission. */
    public static final String ACCESS_DENIED = "auth.access.denied";

    public static final String EMPLOYEE_CREATED = "org.employee.created";
    public static final String EMPLOYEE_UPDATED = "org.employee.updated";
    public static final String EMPLOYEE_LEFT = "org.employee.left";
    public static final String EMPLOYEE_ROLES_CHANGED = "org.employee.rolesChanged";
    public static final String PASSWORD_RESET = "org.employee.passwordReset";
    public static final String ACCOUNT_UNLOCKED = "org.employee.unlocked";
    public static final String ACCOUNT_DISABLED = "org.employee.loginDisabled";
    public static final String ACCOUNT_ENABLED = "org.employee.loginEnabled";
    public static final String DEPARTMENT_CREATED = "org.department.created";
    public static final String DEPARTMENT_UPDATED = "org.department.updated";
    public static final String DEPARTMENT_DELETED = "org.department.deleted";

    private AuditActions() {
    }
}
