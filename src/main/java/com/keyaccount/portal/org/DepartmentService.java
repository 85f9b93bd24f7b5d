package com.keyaccount.portal.org;

import com.keyaccount.portal.audit.AuditActions;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.org.repository.DepartmentRepository;
import com.keyaccount.portal.org.repository.EmployeeRepository;
import com.keyaccount.portal.security.Permissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree: company → departments → teams, each with a head who sits in the unit, below it or above
 * it (never in a sideways branch). Codes are stored in upper case, so they are unique regardless of case on every
 * database. {@link OrgChangeGuard}s may veto a deletion.
 */
@Service
@Transactional
public class DepartmentService {

    private static final String ENTITY = "Department";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,29}");

    private final DepartmentRepository departments;
    private final EmployeeRepository employees;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<OrgChangeGuard> guards;

    DepartmentService(DepartmentRepository departments, EmployeeRepository employees, AuditService audit,
            ApplicationEventPublisher events, ObjectProvider<OrgChangeGuard> guards) {
        this.departments = departments;
        this.employees = employees;
        this.audit = audit;
        this.events = events;
        this.guards = guards;
    }

    /** Every department, parents before children in sort order; the tree is rebuilt from {@code parentId}. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    @Transactional(readOnly = true)
    public List<DepartmentSummary> findAll() {
        return departments.findSummaries();
    }

    @PreAuthorize(Permissions.Org.HAS_MANAGE)
    public long save(DepartmentDraft draft) {
        String code = upperCase(trimToNull(draft.getCode()));
        String name = trimToNull(draft.getName());
        if (code == null) {
            throw BusinessException.onField("code", "validation.required");
        }
        if (!CODE.matcher(code).matches()) {
            throw BusinessException.onField("code", "department.codeInvalid");
        }
        if (name == null) {
            throw BusinessException.onField("name", "validation.required");
        }
        if (name.length() > 100) {
            throw BusinessException.onField("name", "validation.tooLong", 100);
        }
        if (draft.getKind() == null) {
            throw BusinessException.onField("kind", "validation.required");
        }
        boolean isNew = draft.getId() == null;
        Department department = isNew ? new Department(code, name, draft.getKind()) : require(draft.getId());
        if (!isNew) {
            Versions.require(Department.class, department.getId(), department.getVersion(), draft.getVersion());
        }
        boolean codeTaken = isNew ? departments.existsByCode(code) : departments.existsByCodeAndIdNot(code, draft.getId());
        if (codeTaken) {
            throw BusinessException.onField("code", "department.codeTaken", code);
        }
        Department parent = draft.getParentId() == null ? null : require(draft.getParentId());
        validatePlace(department, isNew, draft.getKind(), parent);
        OrgAudit.DepartmentFields before = isNew ? null : OrgAudit.DepartmentFields.of(department);
        try {
            department.rename(code, name);
            department.place(draft.getKind(), parent, draft.getSortOrder());
            department.appointHead(head(department, draft.getHeadId()));
            departments.saveAndFlush(department);
        } catch (DataIntegrityViolationException e) {
            throw UniqueKeys.toFieldError(e, Map.of("code", code));
        }
        events.publishEvent(new OrgChanged());
        if (isNew) {
            audit.record(AuditActions.DEPARTMENT_CREATED, ENTITY, department.getId(), OrgAudit.department(department));
        } else {
            AuditDetail.Changes changes = before.changesTo(OrgAudit.DepartmentFields.of(department));
            if (!changes.isEmpty()) {
                audit.record(AuditActions.DEPARTMENT_UPDATED, ENTITY, department.getId(),
                        OrgAudit.department(department).withChanges(changes.list()));
            }
        }
        return department.getId();
    }

    /** Deletes an empty department: refused while it still has sub-departments or people (also those who left). */
    @PreAuthorize(Permissions.Org.HAS_MANAGE)
    public void delete(long departmentId, long expectedVersion) {
        Department department = require(departmentId);
        Versions.require(Department.class, departmentId, department.getVersion(), expectedVersion);
        long children = departments.countByParent(department);
        if (children > 0) {
            throw new BusinessException("department.hasChildren", department.getName(), children);
        }
        long people = employees.countByDepartment(department);
        if (people > 0) {
            throw new BusinessException("department.hasPeople", department.getName(), people);
        }
        DepartmentReference reference = new DepartmentReference(department.getId(), department.getCode(),
                department.getName(), department.getKind(),
                department.getParent() == null ? null : department.getParent().getId());
        guards.orderedStream().forEach(guard -> guard.checkDeletion(reference));
        departments.delete(department);
        events.publishEvent(new OrgChanged());
        audit.record(AuditActions.DEPARTMENT_DELETED, ENTITY, departmentId, OrgAudit.department(department));
    }

    private void validatePlace(Department department, boolean isNew, DepartmentKind kind, Department parent) {
        boolean becomesCompany = kind == DepartmentKind.COMPANY
                && (isNew || department.getKind() != DepartmentKind.COMPANY);
        if (becomesCompany && departments.countByKind(DepartmentKind.COMPANY) > 0) {
            throw BusinessException.onField("kind", "department.oneCompany");
        }
        if (!isNew && departments.findByParent(department).stream()
                .anyMatch(child -> !child.getKind().mayHaveParent(kind))) {
            throw BusinessException.onField("kind", "department.childrenKind");
        }
        if (!kind.mayHaveParent(parent == null ? null : parent.getKind())) {
            throw BusinessException.onField("parentId", "department.parentKind");
        }
        if (department.getId() != null && parent != null
                && new OrgTree(departments.findLinks(), List.of()).wouldCreateDepartmentCycle(department.getId(),
                        parent.getId())) {
            throw BusinessException.onField("parentId", "department.parentCycle");
        }
    }

    private Employee head(Department department, Long headId) {
        if (headId == null) {
            return null;
        }
        Employee head = employees.findById(headId)
                .orElseThrow(() -> BusinessException.onField("headId", "employee.notFound"));
        if (!head.isActive()) {
            throw BusinessException.onField("headId", "department.headLeft", head.getDisplayName());
        }
        boolean belongs = department.getId() == null
                ? department.getParent() != null && new OrgTree(departments.findLinks(), employees.findLinks())
                        .mayHeadNewUnder(department.getParent().getId(), headId)
                : new OrgTree(departments.findLinks(), employees.findLinks()).mayHead(department.getId(), headId);
        if (!belongs) {
            throw BusinessException.onField("headId", "department.headOutside", head.getDisplayName(),
                    department.getName());
        }
        return head;
    }

    private Department require(long departmentId) {
        return departments.findById(departmentId).orElseThrow(() -> new BusinessException("department.notFound"));
    }

    /** Codes are kept in upper case: "ka1" and "KA1" are one code on H2 as on MariaDB. */
    private static String upperCase(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
