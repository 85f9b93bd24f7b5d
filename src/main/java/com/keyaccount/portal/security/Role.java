package com.keyaccount.portal.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The portal's roles (岗位角色), each with its permissions and its data scope. What a person may do is the
 * union of their roles; what they see is the widest scope among them.
 */
public enum Role {
    /** 员工: staff, sales representatives, specialists. */
    EMPLOYEE(DataScopeKind.SELF, Permissions.Org.READ, Permissions.Approval.USE,
            Permissions.Customer.READ, Permissions.Customer.EDIT, Permissions.Appraisal.USE),
    /** 大客户经理 / 主管: leads a team. */
    MANAGER(DataScopeKind.TEAM, Permissions.Org.READ, Permissions.Approval.USE,
            Permissions.Customer.READ, Permissions.Customer.EDIT, Permissions.Customer.EXPORT,
            Permissions.Customer.IMPORT, Permissions.Appraisal.USE),
    /** 部门负责人 / 营销总监. */
    DEPARTMENT_HEAD(DataScopeKind.DEPARTMENT_TREE, Permissions.Org.READ, Permissions.Approval.USE,
            Permissions.Customer.READ, Permissions.Customer.EDIT, Permissions.Customer.MANAGE,
            Permissions.Customer.EXPORT, Permissions.Customer.IMPORT, Permissions.Appraisal.USE,
            Permissions.Appraisal.DESIGN, Permissions.Appraisal.CYCLE, Permissions.Appraisal.CALIBRATE),
    /** 总经理. */
    GENERAL_MANAGER(DataScopeKind.ALL, Permissions.Org.READ, Permissions.Approval.USE,
            Permissions.Customer.READ, Permissions.Customer.EDIT, Permissions.Customer.EXPORT,
            Permissions.Appraisal.USE, Permissions.Appraisal.CALIBRATE),
    /**
     * 系统管理员: administers accounts, the org and the customer reference data (regions, grade thresholds), not
     * customers: no business scope beyond own records and no archive access of its own.
     */
    ADMIN(DataScopeKind.SELF, Permissions.Org.READ, Permissions.Org.MANAGE, Permissions.Users.MANAGE,
            Permissions.Audit.READ, Permissions.Approval.USE, Permissions.Approval.MANAGE,
            Permissions.Customer.MANAGE, Permissions.Appraisal.DESIGN);

    private final DataScopeKind dataScope;
    private final Set<String> permissions;

    Role(DataScopeKind dataScope, String... permissions) {
        this.dataScope = dataScope;
        this.permissions = Set.of(permissions);
    }

    public DataScopeKind dataScope() {
        return dataScope;
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** The union of the roles' permissions. */
    public static Set<String> permissionsOf(Collection<Role> roles) {
        Set<String> all = new LinkedHashSet<>();
        roles.forEach(role -> all.addAll(role.permissions));
        return all;
    }

    /** The widest data scope among the roles; a person with no role sees only their own records. */
    public static DataScopeKind dataScopeOf(Collection<Role> roles) {
        return roles.stream().map(Role::dataScope).reduce(DataScopeKind.SELF, DataScopeKind::widest);
    }

    public static Set<Role> setOf(Collection<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
