package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.org.DataScope;
import com.keyaccount.portal.org.DataScopeService;
import com.keyaccount.portal.org.DepartmentDraft;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmployeeSummary;
import com.keyaccount.portal.org.OrgTestData;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Every role that is not ADMIN tries each administrator operation and is refused by the service itself. */
class AuthorizationIT extends AbstractIntegrationTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    DepartmentService departments;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditService audit;
    @Autowired
    DataScopeService dataScopes;
    @Autowired
    DemoUsers demo;
    @Autowired
    OrgTestData org;

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.DEPARTMENT_HEAD, DemoUsers.GENERAL_MANAGER})
    void nonAdministratorsAreRefusedEveryAdministrationMethod(String username) {
        EmployeeSummary target = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0005"));
        DepartmentSummary ka2 = demo.as(DemoUsers.ADMIN, () -> org.department("KA2"));
        EmployeeDraft newcomer = EmployeeFixtures.newEmployee("越权测试", ka2.id());
        EmployeeDraft existing = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(target.id()));
        existing.setPositionTitle("越权修改");

        Map<String, Runnable> attempts = Map.ofEntries(
                Map.entry("create employee", () -> employees.create(newcomer)),
                Map.entry("update employee", () -> employees.update(existing)),
                Map.entry("load employee draft", () -> employees.loadDraft(target.id())),
                Map.entry("mark left", () -> employees.markLeft(target.id(), LocalDate.now(), target.version())),
                Map.entry("reset password", () -> employees.resetPassword(target.id(), "Hacked#2026x")),
                Map.entry("unlock", () -> employees.unlock(target.id())),
                Map.entry("read accounts", () -> employees.findAccounts(List.of(target.id()))),
                Map.entry("save department", () -> departments.save(DepartmentDraft.of(ka2))),
                Map.entry("delete department", () -> departments.delete(ka2.id(), ka2.version())),
                Map.entry("create account", () -> accounts.createAccount(target.id(), "x" + username, "Hacked#2026x",
                        EnumSet.of(Role.ADMIN))),
                Map.entry("assign roles", () -> accounts.assignRoles(target.id(), EnumSet.of(Role.ADMIN), 0)),
                Map.entry("reset account password", () -> accounts.resetPassword(target.id(), "Hacked#2026x")),
                Map.entry("disable account", () -> accounts.disable(target.id())),
                Map.entry("read audit log", () -> audit.find(AuditFilter.none(), PageRequest.of(0, 10))),
                Map.entry("count audit log", () -> audit.count(AuditFilter.none())),
                Map.entry("read audit actions", () -> audit.findActions()));

        attempts.forEach((name, attempt) -> assertThatThrownBy(() -> demo.run(username, attempt))
                .as("%s may not %s", username, name)
                .isInstanceOf(AccessDeniedException.class));

        EmployeeDraft after = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(target.id()));
        assertThat(after.getPositionTitle()).isEqualTo(target.positionTitle());
        assertThat(after.getRoles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void everyoneSignedInMayReadTheDirectoryButNobodyAnonymous() {
        for (String user : List.of(DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.ADMIN)) {
            assertThat(demo.as(user, () -> departments.findAll())).isNotEmpty();
        }
        assertThatThrownBy(() -> departments.findAll()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.changeOwnLocale(Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void administratorsMayReadTheAuditLog() {
        assertThat(demo.as(DemoUsers.ADMIN, () -> audit.find(AuditFilter.none(), PageRequest.of(0, 10))))
                .isNotEmpty();
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnRecords() {
        DataScope scope = demo.as(DemoUsers.EMPLOYEE, dataScopes::currentScope);
        long self = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0004").id());
        long colleague = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0005").id());
        assertThat(scope.kind()).isEqualTo(DataScopeKind.SELF);
        assertThat(scope.includes(self, null)).isTrue();
        assertThat(scope.includes(colleague, null)).isFalse();
    }

    @Test
    void aManagerSeesTheirTeamAndTheTeamsDepartment() {
        DataScope scope = demo.as(DemoUsers.MANAGER, dataScopes::currentScope);
        assertThat(scope.kind()).isEqualTo(DataScopeKind.TEAM);
        assertThat(scope.employeeIds()).containsAll(demo.as(DemoUsers.ADMIN,
                () -> List.of("HD0003", "HD0004", "HD0005", "HD0006").stream().map(n -> org.employee(n).id()).toList()))
                .doesNotContain(demo.as(DemoUsers.ADMIN, () -> org.employee("HD0007").id()));
        assertThat(scope.departmentIds()).containsExactly(demo.as(DemoUsers.ADMIN, () -> org.department("KA1").id()));
    }

    @Test
    void aDepartmentHeadSeesTheirDepartmentAndItsTeams() {
        DataScope scope = demo.as(DemoUsers.DEPARTMENT_HEAD, dataScopes::currentScope);
        assertThat(scope.kind()).isEqualTo(DataScopeKind.DEPARTMENT_TREE);
        assertThat(scope.departmentIds()).containsAll(demo.as(DemoUsers.ADMIN,
                () -> List.of("KA", "KA1", "KA2").stream().map(c -> org.department(c).id()).toList()));
        long sales = demo.as(DemoUsers.ADMIN, () -> org.department("SALES").id());
        long leaver = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0010").id());
        assertThat(scope.includes(null, sales)).isFalse();
        assertThat(scope.departmentIds()).doesNotContain(demo.as(DemoUsers.ADMIN, () -> org.department("HQ").id()));
        assertThat(scope.employeeIds()).as("leavers' records stay visible").contains(leaver);
    }

    @Test
    void aDirectorSeatedAtTheCompanyWhoHeadsADepartmentSeesThatDepartmentNotTheCompany() {
        long hq = demo.as(DemoUsers.ADMIN, () -> org.department("HQ").id());
        String suffix = String.valueOf(System.nanoTime() % 100000);
        long unit = demo.as(DemoUsers.ADMIN, () -> departments.save(department("DIR" + suffix, "直销部",
                DepartmentKind.DEPARTMENT, hq)));
        long team = demo.as(DemoUsers.ADMIN, () -> departments.save(department("DIRT" + suffix, "直销一组",
                DepartmentKind.TEAM, unit)));
        EmployeeDraft director = EmployeeFixtures.newEmployee("直销总监", hq);
        director.setRoles(EnumSet.of(Role.DEPARTMENT_HEAD));
        long directorId = demo.as(DemoUsers.ADMIN, () -> employees.create(director));
        DepartmentDraft appoint = DepartmentDraft.of(demo.as(DemoUsers.ADMIN,
                () -> departments.findAll().stream().filter(d -> d.id() == unit).findFirst().orElseThrow()));
        appoint.setHeadId(directorId);
        demo.run(DemoUsers.ADMIN, () -> departments.save(appoint));

        DataScope scope = demo.as(director.getUsername(), dataScopes::currentScope);
        assertThat(scope.departmentIds()).containsExactlyInAnyOrder(unit, team);
        assertThat(scope.includes(null, hq)).isFalse();
        assertThat(SystemAuthentication.call(() -> dataScopes.scopeFor(directorId))).isEqualTo(scope);
    }

    @Test
    void theSystemAdministratorSeesNoBusinessDataBeyondTheirOwn() {
        DataScope scope = demo.as(DemoUsers.ADMIN, dataScopes::currentScope);
        long self = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0016").id());
        long colleague = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0015").id());
        assertThat(scope.kind()).isEqualTo(DataScopeKind.SELF);
        assertThat(scope.employeeIds()).containsExactly(self);
        assertThat(scope.departmentIds()).isEmpty();
        assertThat(scope.includes(colleague, null)).isFalse();
    }

    @Test
    void onlySystemJobsResolveSomeoneElsesScope() {
        long liuyang = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0003").id());
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> dataScopes.scopeFor(liuyang)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.call(() -> dataScopes.scopeFor(liuyang)))
                .isEqualTo(demo.as(DemoUsers.MANAGER, dataScopes::currentScope));
    }

    @Test
    void theGeneralManagerSeesEverything() {
        DataScope scope = demo.as(DemoUsers.GENERAL_MANAGER, dataScopes::currentScope);
        assertThat(scope.isAll()).isTrue();
        assertThat(scope.departmentIds()).containsAll(demo.as(DemoUsers.ADMIN,
                () -> departments.findAll().stream().map(DepartmentSummary::id).toList()));
    }

    private static DepartmentDraft department(String code, String name, DepartmentKind kind, Long parentId) {
        DepartmentDraft draft = new DepartmentDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKind(kind);
        draft.setParentId(parentId);
        return draft;
    }
}
