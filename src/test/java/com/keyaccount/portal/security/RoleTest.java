package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void personHoldsTheUnionOfTheirRolesPermissions() {
        assertThat(Role.permissionsOf(List.of(Role.EMPLOYEE))).containsExactlyInAnyOrder(Permissions.Org.READ,
                Permissions.Approval.USE, Permissions.Customer.READ, Permissions.Customer.EDIT,
                Permissions.Appraisal.USE);
        assertThat(Role.permissionsOf(List.of(Role.EMPLOYEE, Role.ADMIN))).containsExactlyInAnyOrder(
                Permissions.Org.READ, Permissions.Org.MANAGE, Permissions.Users.MANAGE, Permissions.Audit.READ,
                Permissions.Approval.USE, Permissions.Approval.MANAGE, Permissions.Customer.READ,
                Permissions.Customer.EDIT, Permissions.Customer.MANAGE, Permissions.Appraisal.USE,
                Permissions.Appraisal.DESIGN);
    }

    @Test
    void onlyAdministratorsManageUsersReadTheAuditLogAndEditApprovalChains() {
        for (Role role : Role.values()) {
            boolean admin = role == Role.ADMIN;
            assertThat(role.permissions().contains(Permissions.Users.MANAGE)).isEqualTo(admin);
            assertThat(role.permissions().contains(Permissions.Audit.READ)).isEqualTo(admin);
            assertThat(role.permissions().contains(Permissions.Approval.MANAGE)).isEqualTo(admin);
            assertThat(role.permissions()).contains(Permissions.Approval.USE);
        }
    }

    @Test
    void widestDataScopeWins() {
        assertThat(Role.dataScopeOf(Set.of())).isEqualTo(DataScopeKind.SELF);
        assertThat(Role.dataScopeOf(Set.of(Role.EMPLOYEE))).isEqualTo(DataScopeKind.SELF);
        assertThat(Role.dataScopeOf(Set.of(Role.EMPLOYEE, Role.MANAGER))).isEqualTo(DataScopeKind.TEAM);
        assertThat(Role.dataScopeOf(Set.of(Role.MANAGER, Role.DEPARTMENT_HEAD))).isEqualTo(DataScopeKind.DEPARTMENT_TREE);
        assertThat(Role.dataScopeOf(Set.of(Role.GENERAL_MANAGER, Role.EMPLOYEE))).isEqualTo(DataScopeKind.ALL);
    }
}
