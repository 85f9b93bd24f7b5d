package com.keyaccount.portal.org;

import com.keyaccount.portal.security.Permissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions approval chains and confidentiality rules ask of the organisation: who is above whom, who heads a
 * unit, who holds an office. Answers come from the cached org tree (reloaded once per org change, not per call)
 * as narrow records; anyone signed in may ask ({@code org:read}), as the answers hold no personnel data.
 */
@Service
@Transactional(readOnly = true)
public class OrgQueries {

    private final OrgTreeCache cache;

    OrgQueries(OrgTreeCache cache) {
        this.cache = cache;
    }

    /** The employee's direct manager, then that manager's manager, … up to the top (leavers included as recorded). */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public List<EmployeeReference> managerChain(long employeeId) {
        OrgTree tree = cache.current();
        return tree.managerChainIds(employeeId).stream().map(id -> reference(tree, id)).flatMap(Optional::stream)
                .toList();
    }

    /** The department's parent, grand-parent, … up to the company, nearest first. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public List<DepartmentReference> departmentAncestors(long departmentId) {
        OrgTree tree = cache.current();
        return tree.ancestorIds(departmentId).stream().map(id -> department(tree, id)).flatMap(Optional::stream)
                .toList();
    }

    @PreAuthorize(Permissions.Org.HAS_READ)
    public Optional<DepartmentReference> department(long departmentId) {
        return department(cache.current(), departmentId);
    }

    /** The department of that exact name (a form names 客户服务部, 物流部 … by name), if there is one. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Optional<DepartmentReference> departmentNamed(String name) {
        OrgTree tree = cache.current();
        return tree.departments().stream().filter(d -> d.name().equals(name)).findFirst()
                .flatMap(d -> department(tree, d.id()));
    }

    @PreAuthorize(Permissions.Org.HAS_READ)
    public Optional<EmployeeReference> employee(long employeeId) {
        return reference(cache.current(), employeeId);
    }

    /** The head (负责人) of the department, if one is appointed. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Optional<EmployeeReference> headOf(long departmentId) {
        OrgTree tree = cache.current();
        return tree.department(departmentId).map(OrgTree.DepartmentLink::headId).flatMap(id -> reference(tree, id));
    }

    /**
     * The nearest head above the employee: the head of their department, or — when they head it themselves or it
     * has none — of the next department up. Empty at the top (the general manager has nobody above).
     */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Optional<EmployeeReference> responsibleHead(long employeeId) {
        OrgTree tree = cache.current();
        return responsibleHeadId(tree, employeeId).flatMap(id -> reference(tree, id));
    }

    /** {@link #responsibleHead} of many people at once, from one reading of the tree; people without one are left out. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Map<Long, EmployeeReference> responsibleHeads(Collection<Long> employeeIds) {
        OrgTree tree = cache.current();
        Map<Long, EmployeeReference> heads = new HashMap<>();
        for (long id : employeeIds) {
            responsibleHeadId(tree, id).flatMap(head -> reference(tree, head)).ifPresent(head -> heads.put(id, head));
        }
        return heads;
    }

    /** The references of many people at once, from one reading of the tree; unknown ids are left out. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Map<Long, EmployeeReference> employees(Collection<Long> employeeIds) {
        OrgTree tree = cache.current();
        Map<Long, EmployeeReference> found = new HashMap<>();
        for (long id : employeeIds) {
            reference(tree, id).ifPresent(reference -> found.put(id, reference));
        }
        return found;
    }

    private static Optional<Long> responsibleHeadId(OrgTree tree, long employeeId) {
        Optional<OrgTree.EmployeeLink> employee = tree.employee(employeeId);
        if (employee.isEmpty()) {
            return Optional.empty();
        }
        Long departmentId = employee.get().departmentId();
        while (departmentId != null) {
            Optional<OrgTree.DepartmentLink> department = tree.department(departmentId);
            Long head = department.map(OrgTree.DepartmentLink::headId).orElse(null);
            if (head != null && head != employeeId) {
                return Optional.of(head);
            }
            departmentId = department.map(OrgTree.DepartmentLink::parentId).orElse(null);
        }
        return Optional.empty();
    }

    /**
     * Everyone still working here who holds the office ({@code employee_office}), by employee number. Leavers keep
     * their assignment on record but are never returned.
     */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public List<EmployeeReference> holdersOf(Office office) {
        OrgTree tree = cache.current();
        return tree.officeHolderIds(office).stream().map(tree::employee).flatMap(Optional::stream)
                .filter(e -> e.status() == EmploymentStatus.ACTIVE)
                .map(e -> reference(tree, e.id())).flatMap(Optional::stream).toList();
    }

    /** Whether the employee still works here (not 离职). */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public boolean isActive(long employeeId) {
        return cache.current().employee(employeeId).filter(e -> e.status() == EmploymentStatus.ACTIVE).isPresent();
    }

    /** The offices the employee holds; none for a leaver. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Set<Office> officesOf(long employeeId) {
        OrgTree tree = cache.current();
        if (tree.employee(employeeId).filter(e -> e.status() == EmploymentStatus.ACTIVE).isEmpty()) {
            return EnumSet.noneOf(Office.class);
        }
        Set<Office> offices = EnumSet.noneOf(Office.class);
        for (Office office : Office.values()) {
            if (tree.officeHolderIds(office).contains(employeeId)) {
                offices.add(office);
            }
        }
        return offices;
    }

    /** The department and every department below it, e.g. for a filter "this department and below". */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Set<Long> departmentAndBelow(long departmentId) {
        return Set.copyOf(cache.current().departmentAndBelow(departmentId));
    }

    /** The heads of the department and of every department above it, nearest first (vacant units skipped). */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public List<Long> headsFrom(long departmentId) {
        OrgTree tree = cache.current();
        List<Long> heads = new ArrayList<>();
        tree.department(departmentId).map(OrgTree.DepartmentLink::headId).ifPresent(heads::add);
        for (Long ancestor : tree.ancestorIds(departmentId)) {
            tree.department(ancestor).map(OrgTree.DepartmentLink::headId).filter(id -> !heads.contains(id))
                    .ifPresent(heads::add);
        }
        return heads;
    }

    /**
     * The general manager (总经理): the head of the company unit at the root of the tree. The office
     * {@link Office#GENERAL_MANAGER} names the same person where administrators keep the two consistent (the demo
     * company does); chains use this head, so a company without the office assigned still resolves.
     */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Optional<EmployeeReference> generalManager() {
        OrgTree tree = cache.current();
        return tree.departments().stream().filter(d -> d.kind() == DepartmentKind.COMPANY).findFirst()
                .map(OrgTree.DepartmentLink::headId).flatMap(id -> reference(tree, id));
    }

    /** The company's name: the company unit at the root of the tree (宏达商贸有限公司 in the demo), if there is one. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public Optional<String> companyName() {
        return cache.current().departments().stream().filter(d -> d.kind() == DepartmentKind.COMPANY).findFirst()
                .map(OrgTree.DepartmentLink::name);
    }

    /** The org version this answer was computed from; grows with every committed change of people or departments. */
    @PreAuthorize(Permissions.Org.HAS_READ)
    public long orgVersion() {
        return cache.version();
    }

    private static Optional<EmployeeReference> reference(OrgTree tree, long employeeId) {
        return tree.employee(employeeId).map(e -> new EmployeeReference(e.id(), e.displayName(), e.employeeNo(),
                e.departmentId(), tree.department(e.departmentId()).map(OrgTree.DepartmentLink::name).orElse(null)));
    }

    private static Optional<DepartmentReference> department(OrgTree tree, long departmentId) {
        return tree.department(departmentId).map(d -> new DepartmentReference(d.id(), d.code(), d.name(), d.kind(),
                d.parentId()));
    }
}
