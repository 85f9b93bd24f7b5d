package com.keyaccount.portal.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditActions;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import com.keyaccount.portal.security.AccountInfo;
import com.keyaccount.portal.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Every user-administration rule, with the message the administrator reads, on H2 and on MariaDB. */
class EmployeeAdministrationIT extends AbstractIntegrationTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    DepartmentService departments;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;
    @Autowired
    OrgTestData org;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    PortalI18NProvider i18n;

    @Test
    void adminCreatesAnEmployeeWithLoginRolesAndAuditRow() {
        long ka1 = asAdmin(() -> org.department("KA1").id());
        EmployeeDraft draft = EmployeeFixtures.newEmployee("欧阳晓明", ka1);
        draft.setRoles(EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        long id = asAdmin(() -> employees.create(draft));

        EmployeeSummary stored = asAdmin(() -> org.employee(draft.getEmployeeNo()));
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.displayName()).isEqualTo("欧阳晓明");
        assertThat(stored.departmentName()).isEqualTo("大客户一组");
        AccountInfo account = asAdmin(() -> employees.findAccounts(List.of(id)).get(id));
        assertThat(account.username()).isEqualTo(draft.getUsername());
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(latestAudit(AuditActions.EMPLOYEE_CREATED)).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(DemoUsers.ADMIN);
            assertThat(entry.entityId()).isEqualTo(String.valueOf(id));
            assertThat(entry.detail().args()).contains("欧阳晓明", "#role.EMPLOYEE,#role.MANAGER");
        });
    }

    @Test
    void duplicateUsernameIsRefusedOnTheUsernameField() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("重名测试", asAdmin(() -> org.department("KA1").id()));
        draft.setUsername(DemoUsers.EMPLOYEE);
        BusinessException error = refusal(() -> employees.create(draft));
        assertThat(error.field()).contains("username");
        assertThat(error.messageKey()).isEqualTo("account.usernameTaken");
        assertThat(message(error, PortalI18NProvider.CHINESE)).isEqualTo("用户名“zhangwei”已被使用");
        assertThat(message(error, PortalI18NProvider.ENGLISH)).isEqualTo("The username \"zhangwei\" is already taken");
        assertThat(asAdmin(() -> employees.find(new EmployeeFilter("重名测试", null, null), PageRequest.of(0, 5))))
                .isEmpty();
    }

    @Test
    void duplicateEmployeeNumberIsRefused() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("工号重复", asAdmin(() -> org.department("KA1").id()));
        draft.setEmployeeNo("HD0004");
        BusinessException error = refusal(() -> employees.create(draft));
        assertThat(error.field()).contains("employeeNo");
        assertThat(message(error, PortalI18NProvider.CHINESE)).isEqualTo("工号“HD0004”已被使用");
    }

    @Test
    void aManagerCannotBeMadeToReportToTheirOwnReport() {
        EmployeeSummary liuyang = asAdmin(() -> org.employee("HD0003"));
        EmployeeSummary zhangwei = asAdmin(() -> org.employee("HD0004"));
        EmployeeDraft draft = asAdmin(() -> employees.loadDraft(liuyang.id()));
        draft.setManagerId(zhangwei.id());
        BusinessException error = refusal(() -> employees.update(draft));
        assertThat(error.field()).contains("managerId");
        assertThat(message(error, PortalI18NProvider.CHINESE)).isEqualTo("不能选择 张伟 作为上级：这会形成循环汇报关系");
        assertThat(asAdmin(() -> org.employee("HD0003")).managerName()).isEqualTo("陈志强");
    }

    @Test
    void someoneWhoLeftCannotBeChosenAsManager() {
        EmployeeSummary leaver = asAdmin(() -> org.employee("HD0010"));
        EmployeeDraft draft = EmployeeFixtures.newEmployee("新人", asAdmin(() -> org.department("KA2").id()));
        draft.setManagerId(leaver.id());
        BusinessException error = refusal(() -> employees.create(draft));
        assertThat(error.field()).contains("managerId");
        assertThat(message(error, PortalI18NProvider.ENGLISH)).isEqualTo("郑浩 has left and cannot be a manager");
    }

    @Test
    void aDepartmentWithPeopleCannotBeDeleted() {
        DepartmentSummary ka1 = asAdmin(() -> org.department("KA1"));
        BusinessException error = refusal(() -> departments.delete(ka1.id(), ka1.version()));
        assertThat(error.messageKey()).isEqualTo("department.hasPeople");
        assertThat(message(error, PortalI18NProvider.CHINESE)).startsWith("不能删除“大客户一组”：它还有");
        assertThat(asAdmin(() -> org.department("KA1"))).isNotNull();
    }

    @Test
    void aDepartmentWithSubDepartmentsCannotBeDeletedButAnEmptyOneCan() {
        long parentId = asAdmin(() -> departments.save(department("TST" + System.nanoTime() % 100000, "测试部",
                DepartmentKind.DEPARTMENT, org.department("HQ").id())));
        long teamId = asAdmin(() -> departments.save(department("TSTT" + System.nanoTime() % 100000, "测试组",
                DepartmentKind.TEAM, parentId)));
        DepartmentSummary parent = asAdmin(() -> find(parentId));
        BusinessException error = refusal(() -> departments.delete(parent.id(), parent.version()));
        assertThat(error.messageKey()).isEqualTo("department.hasChildren");
        assertThat(message(error, PortalI18NProvider.ENGLISH)).isEqualTo("Cannot delete \"测试部\": it still has 1 sub-departments");

        DepartmentSummary team = asAdmin(() -> find(teamId));
        demo.run(DemoUsers.ADMIN, () -> departments.delete(team.id(), team.version()));
        DepartmentSummary emptied = asAdmin(() -> find(parentId));
        demo.run(DemoUsers.ADMIN, () -> departments.delete(emptied.id(), emptied.version()));
        assertThat(asAdmin(() -> departments.findAll())).noneMatch(d -> d.id() == parentId || d.id() == teamId);
        assertThat(latestAudit(AuditActions.DEPARTMENT_DELETED).detail().args()).contains("测试部");
    }

    @Test
    void aDepartmentCannotMoveUnderItsOwnTeamNorATeamUnderTheCompany() {
        DepartmentSummary ka = asAdmin(() -> org.department("KA"));
        DepartmentDraft move = DepartmentDraft.of(ka);
        move.setParentId(asAdmin(() -> org.department("KA1").id()));
        move.setKind(DepartmentKind.DEPARTMENT);
        assertThat(refusal(() -> departments.save(move)).messageKey()).isEqualTo("department.parentKind");

        DepartmentDraft cycle = DepartmentDraft.of(ka);
        long sub = asAdmin(() -> departments.save(department("SUB" + System.nanoTime() % 100000, "大客户研究室",
                DepartmentKind.DEPARTMENT, ka.id())));
        cycle.setParentId(sub);
        assertThat(refusal(() -> departments.save(cycle)).messageKey()).isEqualTo("department.parentCycle");

        DepartmentDraft team = department("TM" + System.nanoTime() % 100000, "直属小组", DepartmentKind.TEAM,
                asAdmin(() -> org.department("HQ").id()));
        assertThat(refusal(() -> departments.save(team)).messageKey()).isEqualTo("department.parentKind");
    }

    @Test
    void thereIsOnlyOneCompanyAndATeamParentCannotBecomeATeam() {
        DepartmentDraft second = department("CO" + System.nanoTime() % 100000, "第二公司", DepartmentKind.COMPANY, null);
        assertThat(refusal(() -> departments.save(second)).messageKey()).isEqualTo("department.oneCompany");

        DepartmentDraft ka = DepartmentDraft.of(asAdmin(() -> org.department("KA")));
        ka.setKind(DepartmentKind.TEAM);
        BusinessException error = refusal(() -> departments.save(ka));
        assertThat(error.messageKey()).isIn("department.childrenKind", "department.parentKind");
        assertThat(asAdmin(() -> org.department("KA")).kind()).isEqualTo(DepartmentKind.DEPARTMENT);
    }

    @Test
    void aSaveOverSomeoneElsesNewerChangeIsRefusedAndKeepsTheirChange() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("并发测试", org.department("KA2").id())));
        EmployeeDraft first = asAdmin(() -> employees.loadDraft(id));
        EmployeeDraft second = asAdmin(() -> employees.loadDraft(id));
        first.setPositionTitle("第一位管理员的修改");
        demo.run(DemoUsers.ADMIN, () -> employees.update(first));
        second.setPositionTitle("第二位管理员的修改");
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> employees.update(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(asAdmin(() -> employees.loadDraft(id)).getPositionTitle()).isEqualTo("第一位管理员的修改");
    }

    @Test
    void someoneWhoLeftCannotLogInButKeepsTheirRecords() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("离职测试", asAdmin(() -> org.department("SALES").id()));
        long id = asAdmin(() -> employees.create(draft));
        authentication.authenticate(new UsernamePasswordAuthenticationToken(draft.getUsername(), "Welcome#2026"));

        long version = asAdmin(() -> employees.loadDraft(id).getVersion());
        demo.run(DemoUsers.ADMIN, () -> employees.markLeft(id, LocalDate.of(2026, 10, 31), version));

        assertThatThrownBy(() -> authentication.authenticate(
                new UsernamePasswordAuthenticationToken(draft.getUsername(), "Welcome#2026")))
                .isInstanceOf(DisabledException.class);
        EmployeeSummary stored = asAdmin(() -> org.employee(draft.getEmployeeNo()));
        assertThat(stored.status()).isEqualTo(EmploymentStatus.LEFT);
        assertThat(stored.leftOn()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(latestAudit(AuditActions.EMPLOYEE_LEFT).entityId()).isEqualTo(String.valueOf(id));
    }

    @Test
    void aManagerWithActiveReportsCannotLeave() {
        EmployeeSummary liuyang = asAdmin(() -> org.employee("HD0003"));
        BusinessException error = refusal(() -> employees.markLeft(liuyang.id(), LocalDate.now(), liuyang.version()));
        assertThat(message(error, PortalI18NProvider.CHINESE)).isEqualTo("刘洋 仍有 3 名直属下级，请先为他们指定新的上级");
        assertThat(asAdmin(() -> org.employee("HD0003")).status()).isEqualTo(EmploymentStatus.ACTIVE);
    }

    @Test
    void roleChangesAreSavedAndAudited() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("角色测试", org.department("CS").id())));
        EmployeeDraft draft = asAdmin(() -> employees.loadDraft(id));
        draft.setRoles(EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD));
        demo.run(DemoUsers.ADMIN, () -> employees.update(draft));
        assertThat(asAdmin(() -> employees.loadDraft(id)).getRoles())
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.DEPARTMENT_HEAD);
        assertThat(latestAudit(AuditActions.EMPLOYEE_ROLES_CHANGED).entityId()).isEqualTo(String.valueOf(id));
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdminRole() {
        EmployeeSummary admin = asAdmin(() -> org.employee("HD0016"));
        EmployeeDraft draft = asAdmin(() -> employees.loadDraft(admin.id()));
        draft.setRoles(EnumSet.of(Role.EMPLOYEE));
        assertThat(refusal(() -> employees.update(draft)).messageKey()).isEqualTo("account.cannotDropOwnAdmin");
        assertThat(asAdmin(() -> employees.loadDraft(admin.id())).getRoles()).contains(Role.ADMIN);
    }

    @Test
    void aWeakInitialPasswordIsRefusedAndNothingIsCreated() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("弱密码", asAdmin(() -> org.department("FIN").id()));
        draft.setInitialPassword("12345678");
        BusinessException error = refusal(() -> employees.create(draft));
        assertThat(error.field()).contains("password");
        assertThat(asAdmin(() -> employees.find(new EmployeeFilter(draft.getEmployeeNo(), null, null),
                PageRequest.of(0, 5)))).isEmpty();
    }

    private BusinessException refusal(Runnable adminAction) {
        return catchThrowableOfType(BusinessException.class, () -> demo.run(DemoUsers.ADMIN, adminAction));
    }

    private String message(BusinessException error, Locale locale) {
        return i18n.getTranslation(error.messageKey(), locale, error.arguments());
    }

    private <T> T asAdmin(Supplier<T> work) {
        return demo.as(DemoUsers.ADMIN, work);
    }

    private DepartmentSummary find(long id) {
        return departments.findAll().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private static DepartmentDraft department(String code, String name, DepartmentKind kind, Long parentId) {
        DepartmentDraft draft = new DepartmentDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKind(kind);
        draft.setParentId(parentId);
        return draft;
    }

    private AuditEntry latestAudit(String action) {
        return asAdmin(() -> audit.find(new AuditFilter(null, action, null, null),
                PageRequest.of(0, 1, Sort.by("id").descending())).getFirst());
    }
}
