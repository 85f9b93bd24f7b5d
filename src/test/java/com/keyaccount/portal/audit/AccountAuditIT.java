package com.keyaccount.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.OrgTestData;
import com.keyaccount.portal.security.AccountInfo;
import com.keyaccount.portal.security.AccountService;
import com.keyaccount.portal.security.LockoutPolicy;
import com.keyaccount.portal.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to logins are audited once each, whichever module makes them through {@link AccountService}: unlock,
 * password reset, roles, leaving (login disabled), one's own password change and a wrong current password.
 */
class AccountAuditIT extends AbstractIntegrationTest {

    private static final String PASSWORD = "Welcome#2026";

    @Autowired
    AuditService audit;
    @Autowired
    EmployeeService employees;
    @Autowired
    AccountService accounts;
    @Autowired
    OrgTestData org;
    @Autowired
    DemoUsers demo;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    LockoutPolicy lockout;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAdministratorUnlocksALockedAccountAndTheUnlockIsAuditedOnce() {
        EmployeeDraft draft = newEmployee("解锁测试");
        long id = asAdmin(() -> employees.create(draft));
        for (int i = 0; i < lockout.maxFailures(); i++) {
            assertThatThrownBy(() -> login(draft.getUsername(), "not-the-password"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(draft.getUsername(), PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(asAdmin(() -> employees.findAccounts(List.of(id)).get(id)).locked()).isTrue();

        demo.run(DemoUsers.ADMIN, () -> employees.unlock(id));

        assertThat(asAdmin(() -> employees.findAccounts(List.of(id)).get(id)).locked()).isFalse();
        assertThat(login(draft.getUsername(), PASSWORD).isAuthenticated()).isTrue();
        assertThat(rowsAbout(id, AuditActions.ACCOUNT_UNLOCKED)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(DemoUsers.ADMIN);
            assertThat(entry.detail()).isEqualTo(AuditDetail.of("audit.detail.account", draft.getUsername()));
        });
    }

    @Test
    void aPasswordResetIsAuditedOnce() {
        EmployeeDraft draft = newEmployee("重置测试");
        long id = asAdmin(() -> employees.create(draft));

        demo.run(DemoUsers.ADMIN, () -> employees.resetPassword(id, "Another#2026"));

        assertThat(rowsAbout(id, AuditActions.PASSWORD_RESET)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(DemoUsers.ADMIN));
    }

    @Test
    void aRoleChangeIsAuditedOnceWithOldAndNewRolesAndNoEmptyUpdateRow() {
        EmployeeDraft draft = newEmployee("角色测试");
        long id = asAdmin(() -> employees.create(draft));
        EmployeeDraft edit = asAdmin(() -> employees.loadDraft(id));
        edit.setRoles(EnumSet.of(Role.EMPLOYEE, Role.MANAGER));

        demo.run(DemoUsers.ADMIN, () -> employees.update(edit));

        assertThat(rowsAbout(id, AuditActions.EMPLOYEE_ROLES_CHANGED)).singleElement().satisfies(entry ->
                assertThat(entry.detail().changes()).containsExactly(
                        new FieldChange("employee.roles", "#role.EMPLOYEE", "#role.EMPLOYEE,#role.MANAGER")));
        assertThat(rowsAbout(id, AuditActions.EMPLOYEE_UPDATED)).isEmpty();
    }

    @Test
    void rolesChangedThroughTheAccountServiceByAnyModuleAreAudited() {
        EmployeeDraft draft = newEmployee("模块测试");
        long id = asAdmin(() -> employees.create(draft));
        AccountInfo account = asAdmin(() -> accounts.findForEmployee(id).orElseThrow());

        demo.run(DemoUsers.ADMIN, () -> accounts.assignRoles(id, EnumSet.of(Role.MANAGER), account.version()));

        assertThat(rowsAbout(id, AuditActions.EMPLOYEE_ROLES_CHANGED)).singleElement().satisfies(entry ->
                assertThat(entry.detail().changes()).containsExactly(
                        new FieldChange("employee.roles", "#role.EMPLOYEE", "#role.MANAGER")));
    }

    @Test
    void leavingDisablesTheLoginAndBothAreAudited() {
        EmployeeDraft draft = newEmployee("离职测试");
        long id = asAdmin(() -> employees.create(draft));
        long version = asAdmin(() -> employees.loadDraft(id)).getVersion();

        demo.run(DemoUsers.ADMIN, () -> employees.markLeft(id, LocalDate.of(2026, 6, 30), version));

        assertThat(rowsAbout(id, AuditActions.EMPLOYEE_LEFT)).singleElement().satisfies(entry ->
                assertThat(entry.detail()).isEqualTo(AuditDetail.of("audit.detail.employeeLeft", "离职测试",
                        draft.getEmployeeNo(), "2026-06-30")));
        assertThat(rowsAbout(id, AuditActions.ACCOUNT_DISABLED)).hasSize(1);
    }

    @Test
    void changingOnesOwnPasswordIsAudited() {
        EmployeeDraft draft = newEmployee("改密测试");
        asAdmin(() -> employees.create(draft));

        demo.run(draft.getUsername(), () -> accounts.changeOwnPassword(PASSWORD, "Changed#2027"));

        assertThat(rowsOf(draft.getUsername(), AuditActions.PASSWORD_CHANGED)).singleElement()
                .satisfies(entry -> assertThat(entry.entityType()).isEqualTo("UserAccount"));
        assertThat(login(draft.getUsername(), "Changed#2027").isAuthenticated()).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsAFailedLoginRowThatSurvivesTheRollback() {
        EmployeeDraft draft = newEmployee("旧密测试");
        asAdmin(() -> employees.create(draft));

        assertThatThrownBy(() -> demo.run(draft.getUsername(), () -> transactions.executeWithoutResult(
                status -> accounts.changeOwnPassword("wrong-current", "Changed#2027"))))
                .isInstanceOf(BusinessException.class);

        assertThat(rowsOf(draft.getUsername(), AuditActions.LOGIN_FAILURE)).singleElement().satisfies(entry ->
                assertThat(entry.detail().key()).isEqualTo("audit.detail.loginFailure.currentPassword"));
        assertThat(rowsOf(draft.getUsername(), AuditActions.PASSWORD_CHANGED)).isEmpty();
    }

    private EmployeeDraft newEmployee(String name) {
        EmployeeDraft draft = EmployeeFixtures.newEmployee(name, asAdmin(() -> org.department("KA2").id()));
        draft.setInitialPassword(PASSWORD);
        return draft;
    }

    private List<AuditEntry> rowsAbout(long employeeId, String action) {
        return asAdmin(() -> audit.find(new AuditFilter(null, action, "Employee", String.valueOf(employeeId), null,
                null), PageRequest.of(0, 50, Sort.by("id").descending())));
    }

    private List<AuditEntry> rowsOf(String username, String action) {
        return asAdmin(() -> audit.find(new AuditFilter(username, action, null, null),
                PageRequest.of(0, 50, Sort.by("id").descending()))).stream()
                .filter(entry -> entry.actor().equals(username)).toList();
    }

    private org.springframework.security.core.Authentication login(String username, String password) {
        return authentication.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private <T> T asAdmin(Supplier<T> work) {
        return demo.as(DemoUsers.ADMIN, work);
    }
}
