package com.keyaccount.portal.org;

import com.keyaccount.portal.audit.AuditActions;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.LikePatterns;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.org.repository.DepartmentRepository;
import com.keyaccount.portal.org.repository.EmployeeRepository;
import com.keyaccount.portal.security.AccountInfo;
import com.keyaccount.portal.security.AccountService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.security.PortalUser;
import com.keyaccount.portal.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee directory and its administration: people, their place in the org, their logins and roles. Everyone
 * signed in reads the narrow {@link EmployeeReference}; personnel data (phone, e-mail, education, hire date,
 * leaving status) of others only with {@code user:manage}. Changes publish {@link EmployeeLeft} and
 * {@link EmployeeTransferred}; {@link OrgChangeGuard}s may veto a leaving. Employee numbers are stored in upper case,
 * so they are unique regardless of case on every database.
 */
@Service
@Transactional
public class EmployeeService {

    /** 工资等级 range; null means not set. */
    public static final int MIN_SALARY_GRADE = 1;
    public static final int MAX_SALARY_GRADE = 20;

    private static final String ENTITY = "Employee";
    private static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,29}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final EmployeeRepository employees;
    private final DepartmentRepository departments;
    private final AccountService accounts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<OrgChangeGuard> guards;
    private final Clock clock;
    private final ZoneId zone;

    EmployeeService(EmployeeRepository employees, DepartmentRepository departments, AccountService accounts,
            AuditService audit, CurrentUser currentUser, ApplicationEventPublisher events,
            ObjectProvider<OrgChangeGuard> guards, Clock clock, ZoneId businessZone) {
        this.employees = employees;
        this.departments = departments;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.guards = guards;
        this.clock = clock;
        this.zone = businessZone;
    }

    /** The appraisal facts of some employees (participants of a cycle), in employee-number order. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    @Transactional(readOnly = true)
    public List<EmployeeFacts> appraisalFacts(Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? List.of() : employees.findFacts(employeeIds);
    }

    /** Employees still working in some departments, optionally of one position: a cycle's participants. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    @Transactional(readOnly = true)
    public List<Long> activeEmployeeIds(Collection<Long> departmentIds, String positionTitle) {
        String position = positionTitle == null || positionTitle.isBlank() ? null : positionTitle.strip();
        return departmentIds.isEmpty() ? List.of() : employees.findActiveIds(departmentIds, position);
    }

    /** One page of the personnel list (administrators); {@link #count} gives the total for the same filter. */
    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public List<EmployeeSummary> find(EmployeeFilter filter, Pageable pageable) {
        return employees.search(LikePatterns.contains(filter.text()), filter.departmentId() == null,
                departmentIds(filter), filter.status(), pageable);
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public long count(EmployeeFilter filter) {
        return employees.countSearch(LikePatterns.contains(filter.text()), filter.departmentId() == null,
                departmentIds(filter), filter.status());
    }

    /** The directory everyone may search: name or number, narrow references only, leavers included. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    @Transactional(readOnly = true)
    public List<EmployeeReference> findReferences(String text, Pageable pageable) {
        return employees.searchReferences(LikePatterns.contains(text), pageable);
    }

    /** The filter's department and everything below it (empty when any department will do). */
    private List<Long> departmentIds(EmployeeFilter filter) {
        return filter.departmentId() == null ? List.of()
                : List.copyOf(orgTree().departmentAndBelow(filter.departmentId()));
    }

    @PreAuthorize(Permissions.Org.HAS_READ)
    @Transactional(readOnly = true)
    public List<EmployeeOption> findActiveOptions() {
        return employees.findActiveOptions();
    }

    /** Any employee as a choice, also one who left (e.g. the recorded manager of someone being edited). */
    @PreAuthorize(Permissions.Org.HAS_READ)
    @Transactional(readOnly = true)
    public Optional<EmployeeOption> findOption(long employeeId) {
        return employees.findById(employeeId).map(employee -> new EmployeeOption(employee.getId(),
                employee.getDisplayName(), employee.getEmployeeNo(), employee.getDepartment().getName()));
    }

    /** Anyone's full profile, personnel data included: administrators only. */
    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public Optional<EmployeeProfile> findProfile(long employeeId) {
        return profileOf(employeeId, true);
    }

    /** The signed-in person's own profile, as the workbench shows it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<EmployeeProfile> findOwnProfile() {
        PortalUser user = currentUser.require();
        return profileOf(user.employeeId(), user.hasPermission(Permissions.Users.MANAGE));
    }

    private Optional<EmployeeProfile> profileOf(long employeeId, boolean withSalaryGrade) {
        return employees.findById(employeeId).map(employee -> new EmployeeProfile(employee.getId(),
                employee.getEmployeeNo(), employee.getDisplayName(), pathOf(employee.getDepartment()),
                employee.getPositionTitle(),
                employee.getManager() == null ? null : employee.getManager().getDisplayName(),
                employee.getHireDate(), employee.getEducation(), employee.getPhone(), employee.getEmail(),
                withSalaryGrade ? employee.getSalaryGrade() : null));
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public Map<Long, AccountInfo> findAccounts(List<Long> employeeIds) {
        return accounts.findForEmployees(employeeIds);
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public EmployeeDraft loadDraft(long employeeId) {
        return EmployeeDraft.of(require(employeeId), accounts.findForEmployee(employeeId).orElse(null));
    }

    /** Creates the employee and their login in one transaction. */
    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public long create(EmployeeDraft draft) {
        validate(draft, null);
        accounts.checkNewAccount(draft.getUsername(), draft.getInitialPassword(), draft.getRoles());
        Employee employee = new Employee(normalizedNumber(draft));
        apply(employee, draft);
        try {
            employees.save(employee);
            accounts.createAccount(employee.getId(), draft.getUsername(), draft.getInitialPassword(), draft.getRoles());
            employees.flush();
        } catch (DataIntegrityViolationException e) {
            throw UniqueKeys.toFieldError(e, uniqueValues(draft));
        }
        events.publishEvent(new OrgChanged());
        audit.record(AuditActions.EMPLOYEE_CREATED, ENTITY, employee.getId(), AuditDetail.of(
                "audit.detail.employeeCreated", employee.getDisplayName(), employee.getEmployeeNo(),
                AuditDetail.translated("role.", draft.getRoles())));
        return employee.getId();
    }

    /** Saves a changed employee; refused if someone else saved the same person since the draft was loaded. */
    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public void update(EmployeeDraft draft) {
        Employee employee = require(draft.getId());
        Versions.require(Employee.class, employee.getId(), employee.getVersion(), draft.getVersion());
        validate(draft, employee);
        long fromDepartment = employee.getDepartment().getId();
        Long fromManager = employee.getManager() == null ? null : employee.getManager().getId();
        OrgAudit.EmployeeFields before = OrgAudit.EmployeeFields.of(employee);
        apply(employee, draft);
        try {
            employees.flush();
        } catch (DataIntegrityViolationException e) {
            throw UniqueKeys.toFieldError(e, uniqueValues(draft));
        }
        if (fromDepartment != draft.getDepartmentId() || !Objects.equals(fromManager, draft.getManagerId())) {
            events.publishEvent(new EmployeeTransferred(employee.getId(), fromDepartment, draft.getDepartmentId(),
                    fromManager, draft.getManagerId()));
        }
        events.publishEvent(new OrgChanged());
        AuditDetail.Changes changes = before.changesTo(OrgAudit.EmployeeFields.of(employee));
        if (!changes.isEmpty()) {
            audit.record(AuditActions.EMPLOYEE_UPDATED, ENTITY, employee.getId(),
                    OrgAudit.employee(employee).withChanges(changes.list()));
        }
        accounts.findForEmployee(employee.getId())
                .filter(account -> !account.roles().equals(draft.getRoles()))
                .ifPresent(account -> accounts.assignRoles(employee.getId(), draft.getRoles(),
                        draft.getAccountVersion()));
    }

    /**
     * Records that the person left (离职) on the given date, today or earlier: their login is disabled, their records
     * stay. Refused while they manage active people or head a department, or when a module's guard vetoes.
     */
    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public void markLeft(long employeeId, LocalDate leftOn, long expectedVersion) {
        Employee employee = require(employeeId);
        Versions.require(Employee.class, employeeId, employee.getVersion(), expectedVersion);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (employee.isActive() && currentUser.get().map(user -> user.employeeId() == employeeId).orElse(false)) {
            throw new BusinessException("employee.cannotLeaveSelf");
        }
        employee.requireMayLeave(leftOn, today);
        long reports = employees.countByManagerAndStatus(employee, EmploymentStatus.ACTIVE);
        if (reports > 0) {
            throw new BusinessException("employee.hasReports", employee.getDisplayName(), reports);
        }
        List<String> headed = departments.findByHead(employee).stream().map(Department::getName).toList();
        if (!headed.isEmpty()) {
            throw new BusinessException("employee.headsDepartment", employee.getDisplayName(), headed);
        }
        EmployeeReference reference = new EmployeeReference(employee.getId(), employee.getDisplayName(),
                employee.getEmployeeNo(), employee.getDepartment().getId(), employee.getDepartment().getName());
        guards.orderedStream().forEach(guard -> guard.checkLeaving(reference));
        employee.leave(leftOn, today);
        accounts.disable(employeeId);
        events.publishEvent(new EmployeeLeft(employeeId, leftOn));
        events.publishEvent(new OrgChanged());
        audit.record(AuditActions.EMPLOYEE_LEFT, ENTITY, employeeId,
                AuditDetail.of("audit.detail.employeeLeft", employee.getDisplayName(), employee.getEmployeeNo(),
                        leftOn));
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public void resetPassword(long employeeId, String newPassword) {
        require(employeeId);
        accounts.resetPassword(employeeId, newPassword);
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public void unlock(long employeeId) {
        require(employeeId);
        accounts.unlock(employeeId);
    }

    /** Checks a draft for a new ({@code existing} null) or an existing employee. */
    private void validate(EmployeeDraft draft, Employee existing) {
        Long selfId = existing == null ? null : existing.getId();
        String number = normalizedNumber(draft);
        if (number == null) {
            throw BusinessException.onField("employeeNo", "validation.required");
        }
        if (!EMPLOYEE_NO.matcher(number).matches()) {
            throw BusinessException.onField("employeeNo", "employee.numberInvalid");
        }
        boolean taken = selfId == null ? employees.existsByEmployeeNo(number)
                : employees.existsByEmployeeNoAndIdNot(number, selfId);
        if (taken) {
            throw BusinessException.onField("employeeNo", "employee.numberTaken", number);
        }
        String name = trimToNull(draft.getDisplayName());
        if (name == null) {
            throw BusinessException.onField("displayName", "validation.required");
        }
        if (name.length() > 50) {
            throw BusinessException.onField("displayName", "validation.tooLong", 50);
        }
        if (draft.getDepartmentId() == null || !departments.existsById(draft.getDepartmentId())) {
            throw BusinessException.onField("departmentId", "validation.required");
        }
        if (draft.getHireDate() == null) {
            throw BusinessException.onField("hireDate", "validation.required");
        }
        if (draft.getEducation() == null) {
            throw BusinessException.onField("education", "validation.required");
        }
        Integer grade = draft.getSalaryGrade();
        if (grade != null && (grade < MIN_SALARY_GRADE || grade > MAX_SALARY_GRADE)) {
            throw BusinessException.onField("salaryGrade", "employee.salaryGradeRange", MIN_SALARY_GRADE,
                    MAX_SALARY_GRADE);
        }

        if (trimToNull(draft.getPhone()) != null && !PHONE.matcher(draft.getPhone().trim()).matches()) {
            throw BusinessException.onField("phone", "validation.phone");
        }
        if (trimToNull(draft.getEmail()) != null && !EMAIL.matcher(draft.getEmail().trim()).matches()) {
            throw BusinessException.onField("email", "validation.email");
        }
        Long currentManagerId = existing == null || existing.getManager() == null ? null : existing.getManager().getId();
        validateManager(draft.getManagerId(), selfId, currentManagerId);
    }

    /** A leaver may stay someone's recorded manager, but nobody may newly be given a leaver as manager. */
    private void validateManager(Long managerId, Long selfId, Long currentManagerId) {
        if (managerId == null) {
            return;
        }
        Employee manager = employees.findById(managerId)
                .orElseThrow(() -> BusinessException.onField("managerId", "employee.managerUnknown"));
        if (!manager.isActive() && !managerId.equals(currentManagerId)) {
            throw BusinessException.onField("managerId", "employee.managerLeft", manager.getDisplayName());
        }
        if (selfId != null && orgTree().wouldCreateManagerCycle(selfId, managerId)) {
            throw BusinessException.onField("managerId", "employee.managerCycle", manager.getDisplayName());
        }
    }

    private void apply(Employee employee, EmployeeDraft draft) {
        employee.describe(normalizedNumber(draft), draft.getDisplayName().trim(),
                trimToNull(draft.getPositionTitle()), draft.getHireDate(), draft.getEducation(),
                trimToNull(draft.getPhone()), trimToNull(draft.getEmail()));
        Employee manager = draft.getManagerId() == null ? null : employees.getReferenceById(draft.getManagerId());
        employee.assign(departments.getReferenceById(draft.getDepartmentId()), manager);
        employee.grade(draft.getSalaryGrade());
        employee.holdOffices(draft.getOffices());
    }

    private OrgTree orgTree() {
        return new OrgTree(departments.findLinks(), employees.findLinks());
    }

    private Employee require(Long employeeId) {
        return employees.findById(employeeId).orElseThrow(() -> new BusinessException("employee.notFound"));
    }

    /** Employee numbers are kept in upper case: "ka1" and "KA1" are one number on H2 as on MariaDB. */
    private static String normalizedNumber(EmployeeDraft draft) {
        String number = trimToNull(draft.getEmployeeNo());
        return number == null ? null : number.toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> uniqueValues(EmployeeDraft draft) {
        Map<String, String> values = new HashMap<>();
        values.put("employeeNo", normalizedNumber(draft));
        values.put("username", draft.getUsername() == null ? null : draft.getUsername().trim().toLowerCase(Locale.ROOT));
        return values;
    }

    static String pathOf(Department department) {
        List<String> names = new ArrayList<>();
        for (Department d = department; d != null; d = d.getParent()) {
            names.addFirst(d.getName());
        }
        return String.join(" / ", names);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
