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
import com.keyaccount.portal.audit.FieldChange;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import com.keyaccount.portal.security.AccountInfo;
import com.keyaccount.portal.security.AccountService;
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
    @Autowired
    AccountService accounts;

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
    void officesAndTheSalaryGradeAreSavedAndAuditedAsFieldChanges() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("职务测试", org.department("CS").id())));
        EmployeeDraft draft = asAdmin(() -> employees.loadDraft(id));
        assertThat(draft.getOffices()).isEmpty();
        assertThat(draft.getSalaryGrade()).as("not set by default").isNull();
        draft.setOffices(EnumSet.of(Office.CUSTOMER_SERVICE_SPECIALIST, Office.ARCHIVE_KEEPER));
        draft.setSalaryGrade(7);
        demo.run(DemoUsers.ADMIN, () -> employees.update(draft));

        EmployeeDraft saved = asAdmin(() -> employees.loadDraft(id));
        assertThat(saved.getOffices()).containsExactly(Office.ARCHIVE_KEEPER, Office.CUSTOMER_SERVICE_SPECIALIST);
        assertThat(saved.getSalaryGrade()).isEqualTo(7);
        assertThat(asAdmin(() -> employees.findProfile(id)).orElseThrow().salaryGrade()).isEqualTo(7);
        AuditEntry row = latestAudit(AuditActions.EMPLOYEE_UPDATED);
        assertThat(row.entityId()).isEqualTo(String.valueOf(id));
        assertThat(row.detail().changes()).contains(
                new FieldChange("employee.salaryGrade", null, "7"),
                new FieldChange("employee.offices", null, "#office.ARCHIVE_KEEPER,#office.CUSTOMER_SERVICE_SPECIALIST"));

        saved.setOffices(EnumSet.noneOf(Office.class));
        demo.run(DemoUsers.ADMIN, () -> employees.update(saved));
        assertThat(asAdmin(() -> employees.loadDraft(id)).getOffices()).isEmpty();
        assertThat(latestAudit(AuditActions.EMPLOYEE_UPDATED).detail().changes()).containsExactly(new FieldChange(
                "employee.offices", "#office.ARCHIVE_KEEPER,#office.CUSTOMER_SERVICE_SPECIALIST", null));
    }

    @Test
    void aSalaryGradeOutsideTheRangeIsRefused() {
        long cs = asAdmin(() -> org.department("CS").id());
        for (int grade : new int[] {0, 21}) {
            EmployeeDraft draft = EmployeeFixtures.newEmployee("等级测试", cs);
            draft.setSalaryGrade(grade);
            BusinessException error = refusal(() -> employees.create(draft));
            assertThat(error.field()).contains("salaryGrade");
            assertMessages(error, "工资等级须在 1 到 20 之间，或留空（未设置）",
                    "The salary grade must be between 1 and 20, or left empty (not set)");
        }
        assertThat(asAdmin(() -> employees.count(new EmployeeFilter("等级测试", null, null)))).isZero();
    }

    @Test
    void onlyAdministratorsSeeASalaryGradeInTheOwnProfile() {
        assertThat(demo.as(DemoUsers.EMPLOYEE, employees::findOwnProfile)).get()
                .extracting(EmployeeProfile::salaryGrade).isNull();
        assertThat(asAdmin(employees::findOwnProfile)).get().extracting(EmployeeProfile::salaryGrade).isEqualTo(8);
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

    @Test
    void someoneWhoHeadsADepartmentCannotLeave() {
        long unit = asAdmin(() -> departments.save(department("HEAD" + System.nanoTime() % 100000, "负责人测试部",
                DepartmentKind.DEPARTMENT, org.department("HQ").id())));
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("部门负责人", unit)));
        DepartmentDraft appoint = DepartmentDraft.of(asAdmin(() -> find(unit)));
        appoint.setHeadId(id);
        demo.run(DemoUsers.ADMIN, () -> departments.save(appoint));
        long version = asAdmin(() -> employees.loadDraft(id).getVersion());

        BusinessException error = refusal(() -> employees.markLeft(id, LocalDate.of(2026, 1, 5), version));
        assertThat(error.messageKey()).isEqualTo("employee.headsDepartment");
        // the list of departments travels as a List: the shell joins it with the language's list separator
        assertThat(error.arguments()).containsExactly("部门负责人", List.of("负责人测试部"));
        assertThat(message(error, PortalI18NProvider.CHINESE)).isEqualTo("部门负责人 仍是 负责人测试部 的负责人，请先指定新的负责人");
        assertThat(message(error, PortalI18NProvider.ENGLISH))
                .isEqualTo("部门负责人 still heads 负责人测试部: appoint a new head first");
        assertThat(status(id)).isEqualTo(EmploymentStatus.ACTIVE);
    }

    @Test
    void anAdministratorCannotRecordThemselvesAsHavingLeft() {
        EmployeeSummary admin = asAdmin(() -> org.employee("HD0016"));
        BusinessException error = refusal(() -> employees.markLeft(admin.id(), LocalDate.of(2026, 1, 5),
                admin.version()));
        assertMessages(error, "不能将自己登记为离职", "You cannot record yourself as having left");
        assertThat(status(admin.id())).isEqualTo(EmploymentStatus.ACTIVE);
    }

    @Test
    void someoneWhoLeftCannotLeaveAgain() {
        EmployeeSummary leaver = asAdmin(() -> org.employee("HD0010"));
        BusinessException error = refusal(() -> employees.markLeft(leaver.id(), LocalDate.of(2026, 1, 5),
                leaver.version()));
        assertMessages(error, "郑浩 已经离职", "郑浩 has already left");
        assertThat(asAdmin(() -> org.employee("HD0010")).leftOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aLeavingDateBeforeTheHireDateIsRefused() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("早于入职", org.department("CS").id())));
        long version = asAdmin(() -> employees.loadDraft(id).getVersion());
        BusinessException error = refusal(() -> employees.markLeft(id, LocalDate.of(2024, 2, 1), version));
        assertThat(error.field()).contains("leftOn");
        assertMessages(error, "离职日期不能早于入职日期", "The leaving date cannot be before the hire date");
        assertThat(status(id)).isEqualTo(EmploymentStatus.ACTIVE);
    }

    @Test
    void aLeavingDateInTheFutureIsRefusedNotAppliedNow() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("未来离职", org.department("CS").id())));
        long version = asAdmin(() -> employees.loadDraft(id).getVersion());
        LocalDate tomorrow = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).plusDays(1);
        BusinessException error = refusal(() -> employees.markLeft(id, tomorrow, version));
        assertThat(error.field()).contains("leftOn");
        assertMessages(error, "离职日期不能晚于今天：请在员工实际离职当天或之后登记",
                "The leaving date cannot be later than today: record a leaving on or after the day it happens");
        assertThat(status(id)).isEqualTo(EmploymentStatus.ACTIVE);
    }

    @Test
    void anUnknownManagerIsRefused() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("无效上级", asAdmin(() -> org.department("CS").id()));
        draft.setManagerId(987654321L);
        BusinessException error = refusal(() -> employees.create(draft));
        assertThat(error.field()).contains("managerId");
        assertMessages(error, "所选上级不存在", "The chosen manager does not exist");
    }

    @Test
    void anInvalidEmployeeNumberIsRefused() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("无效工号", asAdmin(() -> org.department("CS").id()));
        draft.setEmployeeNo("HD 0099");
        BusinessException error = refusal(() -> employees.create(draft));
        assertThat(error.field()).contains("employeeNo");
        assertMessages(error, "工号只能包含字母、数字和连字符，最长 30 位",
                "Employee numbers have up to 30 letters, digits and hyphens");
    }

    @Test
    void anInvalidDepartmentCodeIsRefused() {
        DepartmentDraft draft = department("大客户", "编码测试", DepartmentKind.DEPARTMENT,
                asAdmin(() -> org.department("HQ").id()));
        BusinessException error = refusal(() -> departments.save(draft));
        assertThat(error.field()).contains("code");
        assertMessages(error, "部门编码只能包含字母、数字、下划线和连字符，最长 30 位",
                "Department codes have up to 30 letters, digits, underscores and hyphens");
    }

    @Test
    void someoneWhoLeftCannotBeAppointedHead() {
        DepartmentDraft ka2 = DepartmentDraft.of(asAdmin(() -> org.department("KA2")));
        ka2.setHeadId(asAdmin(() -> org.employee("HD0010").id()));
        BusinessException error = refusal(() -> departments.save(ka2));
        assertThat(error.field()).contains("headId");
        assertMessages(error, "郑浩 已离职，不能担任负责人", "郑浩 has left and cannot head a department");
        assertThat(asAdmin(() -> org.department("KA2")).headName()).isEqualTo("赵敏");
    }

    @Test
    void aHeadFromASidewaysBranchIsRefused() {
        DepartmentDraft sales = DepartmentDraft.of(asAdmin(() -> org.department("SALES")));
        sales.setHeadId(asAdmin(() -> org.employee("HD0004").id()));
        BusinessException error = refusal(() -> departments.save(sales));
        assertThat(error.field()).contains("headId");
        assertMessages(error, "张伟 不在“销售部”及其上下级组织中，不能担任其负责人",
                "张伟 does not work in \"销售部\", above it or below it, and cannot head it");
        assertThat(asAdmin(() -> org.department("SALES")).headName()).isEqualTo("黄磊");
    }

    @Test
    void anInvalidUsernameIsRefused() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("无效用户名", asAdmin(() -> org.department("CS").id()));
        draft.setUsername("Zhang Wei");
        BusinessException error = refusal(() -> employees.create(draft));
        assertThat(error.field()).contains("username");
        assertMessages(error, "用户名须以小写字母开头，3–50 位，只能包含小写字母、数字、点、下划线和连字符",
                "Usernames start with a lower-case letter and have 3 to 50 lower-case letters, digits, dots, underscores or hyphens");
    }

    @Test
    void anEmployeeWithALoginCannotGetASecondOne() {
        long zhangwei = asAdmin(() -> org.employee("HD0004").id());
        BusinessException error = refusal(() -> accounts.createAccount(zhangwei, "zhangwei2", "Welcome#2026x",
                EnumSet.of(Role.EMPLOYEE)));
        assertMessages(error, "该员工已有登录账号", "This employee already has a login");
        assertThat(asAdmin(() -> accounts.isUsernameTaken("zhangwei2"))).isFalse();
    }

    @Test
    void aLoginNeedsAtLeastOneRole() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("无角色", asAdmin(() -> org.department("CS").id()));
        draft.setRoles(EnumSet.noneOf(Role.class));
        BusinessException error = refusal(() -> employees.create(draft));
        assertThat(error.field()).contains("roles");
        assertMessages(error, "请至少选择一个角色", "Choose at least one role");
        assertThat(asAdmin(() -> employees.count(new EmployeeFilter(draft.getEmployeeNo(), null, null)))).isZero();
    }

    @Test
    void aNewPasswordMustDifferFromTheCurrentOne() {
        BusinessException error = catchThrowableOfType(BusinessException.class, () -> demo.run(DemoUsers.EMPLOYEE,
                () -> accounts.changeOwnPassword(DemoUsers.PASSWORD, DemoUsers.PASSWORD)));
        assertThat(error.field()).contains("password");
        assertMessages(error, "新密码不能与当前密码相同", "The new password must differ from the current one");
    }

    @Test
    void phoneEmailAndLengthAreValidated() {
        long cs = asAdmin(() -> org.department("CS").id());
        EmployeeDraft phone = EmployeeFixtures.newEmployee("电话测试", cs);
        phone.setPhone("call me");
        BusinessException phoneError = refusal(() -> employees.create(phone));
        assertThat(phoneError.field()).contains("phone");
        assertMessages(phoneError, "请输入有效的电话号码（数字、空格、+、-、括号）",
                "Enter a valid phone number (digits, spaces, +, -, parentheses)");

        EmployeeDraft email = EmployeeFixtures.newEmployee("邮箱测试", cs);
        email.setEmail("zhang@hongda");
        BusinessException emailError = refusal(() -> employees.create(email));
        assertThat(emailError.field()).contains("email");
        assertMessages(emailError, "请输入有效的电子邮箱地址", "Enter a valid e-mail address");

        EmployeeDraft longName = EmployeeFixtures.newEmployee("长".repeat(51), cs);
        BusinessException lengthError = refusal(() -> employees.create(longName));
        assertThat(lengthError.field()).contains("displayName");
        assertMessages(lengthError, "不能超过 50 个字符", "At most 50 characters");
        assertThat(asAdmin(() -> employees.count(new EmployeeFilter("电话测试", null, null)))).isZero();
    }

    @Test
    void codesAndNumbersAreUniqueRegardlessOfCase() {
        DepartmentDraft lower = department("ka1", "小写编码", DepartmentKind.TEAM, asAdmin(() -> org.department("KA").id()));
        BusinessException codeError = refusal(() -> departments.save(lower));
        assertThat(codeError.field()).contains("code");
        assertMessages(codeError, "部门编码“KA1”已被使用", "The department code \"KA1\" is already taken");

        EmployeeDraft draft = EmployeeFixtures.newEmployee("小写工号", asAdmin(() -> org.department("CS").id()));
        draft.setEmployeeNo("hd0004");
        BusinessException numberError = refusal(() -> employees.create(draft));
        assertThat(numberError.field()).contains("employeeNo");
        assertMessages(numberError, "工号“HD0004”已被使用", "The employee number \"HD0004\" is already taken");

        String code = "low" + System.nanoTime() % 100000;
        long id = asAdmin(() -> departments.save(department(code, "小写新部门", DepartmentKind.DEPARTMENT,
                org.department("HQ").id())));
        assertThat(asAdmin(() -> find(id)).code()).isEqualTo(code.toUpperCase(Locale.ROOT));
    }

    @Test
    void aStaleDepartmentSaveIsRefusedAndKeepsTheNewerChange() {
        long id = asAdmin(() -> departments.save(department("STALE" + System.nanoTime() % 100000, "并发部门",
                DepartmentKind.DEPARTMENT, org.department("HQ").id())));
        DepartmentDraft first = DepartmentDraft.of(asAdmin(() -> find(id)));
        DepartmentDraft second = DepartmentDraft.of(asAdmin(() -> find(id)));
        first.setName("第一位的名称");
        demo.run(DemoUsers.ADMIN, () -> departments.save(first));
        second.setName("第二位的名称");
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> departments.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(asAdmin(() -> find(id)).name()).isEqualTo("第一位的名称");
    }

    @Test
    void aStaleDepartmentDeleteIsRefusedAndTheDepartmentStays() {
        long id = asAdmin(() -> departments.save(department("STDEL" + System.nanoTime() % 100000, "待删部门",
                DepartmentKind.DEPARTMENT, org.department("HQ").id())));
        DepartmentSummary read = asAdmin(() -> find(id));
        DepartmentDraft rename = DepartmentDraft.of(read);
        rename.setName("已改名部门");
        demo.run(DemoUsers.ADMIN, () -> departments.save(rename));
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> departments.delete(id, read.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(asAdmin(() -> find(id)).name()).isEqualTo("已改名部门");
    }

    @Test
    void aStaleLeavingIsRefusedAndNothingIsOverwritten() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("并发离职", org.department("CS").id())));
        long read = asAdmin(() -> employees.loadDraft(id).getVersion());
        EmployeeDraft edit = asAdmin(() -> employees.loadDraft(id));
        edit.setPositionTitle("另一位管理员的修改");
        demo.run(DemoUsers.ADMIN, () -> employees.update(edit));
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> employees.markLeft(id, LocalDate.of(2026, 1, 5), read)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(status(id)).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(asAdmin(() -> employees.loadDraft(id)).getPositionTitle()).isEqualTo("另一位管理员的修改");
    }

    private void assertMessages(BusinessException error, String chinese, String english) {
        assertThat(error).as("refused with a business error").isNotNull();
        assertThat(message(error, PortalI18NProvider.CHINESE)).isEqualTo(chinese);
        assertThat(message(error, PortalI18NProvider.ENGLISH)).isEqualTo(english);
    }

    private EmploymentStatus status(long employeeId) {
        return asAdmin(() -> employees.findProfile(employeeId).map(p -> org.employee(p.employeeNo()).status())
                .orElseThrow());
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
