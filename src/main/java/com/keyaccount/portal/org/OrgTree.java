package com.keyaccount.portal.org;

import com.keyaccount.portal.security.DataScopeKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of the organisation — which department sits under which and who heads it, who works where and
 * reports to whom — and the rules that walk it: manager and department cycles, chains, heads and data-scope
 * resolution. Immutable once built, so {@link OrgQueries} shares one per org version between all callers.
 */
public final class OrgTree {

    /** A department, its parent (null for the root) and its head (null for none). */
    public record DepartmentLink(long id, Long parentId, Long headId, String code, String name, DepartmentKind kind) {

        /** Structure only, for rules that need no names. */
        public DepartmentLink(long id, Long parentId) {
            this(id, parentId, null, null, null, null);
        }
    }

    /** An employee, their department, their direct manager (null for none), name and whether they still work here. */
    public record EmployeeLink(long id, long departmentId, Long managerId, String employeeNo, String displayName,
            String positionTitle, EmploymentStatus status) {

        /** Structure only, for rules that need no names. */
        public EmployeeLink(long id, long departmentId, Long managerId) {
            this(id, departmentId, managerId, null, null, null, EmploymentStatus.ACTIVE);
        }
    }

    /** One office held by one employee ({@code employee_office}). */
    public record OfficeLink(long employeeId, Office office) {
    }

    private final Map<Long, DepartmentLink> departments = new LinkedHashMap<>();
    private final Map<Office, Set<Long>> holdersOf = new EnumMap<>(Office.class);
    private final Map<Long, EmployeeLink> employees = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> childrenOf = new HashMap<>();
    private final Map<Long, Set<Long>> reportsOf = new HashMap<>();
    private final Map<Long, Set<Long>> membersOf = new HashMap<>();
    private final Map<Long, Set<Long>> headedBy = new HashMap<>();

    public OrgTree(Collection<DepartmentLink> departmentLinks, Collection<EmployeeLink> employeeLinks) {
        this(departmentLinks, employeeLinks, List.of());
    }

    public OrgTree(Collection<DepartmentLink> departmentLinks, Collection<EmployeeLink> employeeLinks,
            Collection<OfficeLink> officeLinks) {
        for (OfficeLink link : officeLinks) {
            holdersOf.computeIfAbsent(link.office(), k -> new LinkedHashSet<>()).add(link.employeeId());
        }
        for (DepartmentLink department : departmentLinks) {
            departments.put(department.id(), department);
            if (department.parentId() != null) {
                childrenOf.computeIfAbsent(department.parentId(), k -> new LinkedHashSet<>()).add(department.id());
            }
            if (department.headId() != null) {
                headedBy.computeIfAbsent(department.headId(), k -> new LinkedHashSet<>()).add(department.id());
            }
        }
        for (EmployeeLink employee : employeeLinks) {
            employees.put(employee.id(), employee);
            membersOf.computeIfAbsent(employee.departmentId(), k -> new LinkedHashSet<>()).add(employee.id());
            if (employee.managerId() != null) {
                reportsOf.computeIfAbsent(employee.managerId(), k -> new LinkedHashSet<>()).add(employee.id());
            }
        }
    }

    /** Rule: nobody may (indirectly) manage themselves — true if making {@code managerId} the manager closes a loop. */
    public boolean wouldCreateManagerCycle(long employeeId, Long managerId) {
        return managerId != null && (managerId == employeeId || managerChainIds(managerId).contains(employeeId));
    }

    /** Rule: a department may not sit under itself or under one of its own sub-departments. */
    public boolean wouldCreateDepartmentCycle(long departmentId, Long parentId) {
        return parentId != null && (parentId == departmentId || departmentAndAncestorIds(parentId).contains(departmentId));
    }

    /**
     * Rule: a department's head sits in the department, below it, or above it on its path to the company (a 营销总监
     * seated at the company may head 大客户部), never in a sideways branch.
     */
    public boolean mayHead(long departmentId, long employeeId) {
        EmployeeLink employee = employees.get(employeeId);
        if (employee == null) {
            return false;
        }
        return departmentAndBelow(departmentId).contains(employee.departmentId())
                || departmentAndAncestorIds(departmentId).contains(employee.departmentId());
    }

    /** The same rule for a department about to be created under {@code parentId}: nobody sits in it yet. */
    public boolean mayHeadNewUnder(long parentId, long employeeId) {
        EmployeeLink employee = employees.get(employeeId);
        return employee != null && departmentAndAncestorIds(parentId).contains(employee.departmentId());
    }

    /** The department and all departments below it. */
    public Set<Long> departmentAndBelow(long departmentId) {
        return closure(childrenOf, departmentId);
    }

    /** The employee and everyone who reports to them, directly or indirectly (leavers included). */
    public Set<Long> employeeAndReports(long employeeId) {
        return closure(reportsOf, employeeId);
    }

    /** The department's parent, grand-parent, … up to the company, nearest first. */
    public List<Long> ancestorIds(long departmentId) {
        List<Long> chain = departmentAndAncestorIds(departmentId);
        return chain.isEmpty() ? chain : chain.subList(1, chain.size());
    }

    /** The employee's manager, the manager's manager, … nearest first (stops at a loop, which the rules forbid). */
    public List<Long> managerChainIds(long employeeId) {
        List<Long> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(employeeId));
        EmployeeLink current = employees.get(employeeId);
        while (current != null && current.managerId() != null && seen.add(current.managerId())) {
            chain.add(current.managerId());
            current = employees.get(current.managerId());
        }
        return chain;
    }

    /** The departments the employee heads, in tree order. */
    public Set<Long> headedDepartments(long employeeId) {
        return headedBy.getOrDefault(employeeId, Set.of());
    }

    /**
     * The departments a person's department scope starts from: those they head, or, heading none, the one they sit
     * in. The head relation is the one source of truth for "which departments"; the role only says how far.
     */
    public Set<Long> scopeRoots(long employeeId) {
        Set<Long> headed = headedDepartments(employeeId);
        if (!headed.isEmpty()) {
            return headed;
        }
        EmployeeLink employee = employees.get(employeeId);
        return employee == null ? Set.of() : Set.of(employee.departmentId());
    }

    public Optional<DepartmentLink> department(long departmentId) {
        return Optional.ofNullable(departments.get(departmentId));
    }

    public Optional<EmployeeLink> employee(long employeeId) {
        return Optional.ofNullable(employees.get(employeeId));
    }

    public Collection<DepartmentLink> departments() {
        return departments.values();
    }

    /** The ids of everyone assigned the office, leavers included, in employee-number order. */
    public Set<Long> officeHolderIds(Office office) {
        return holdersOf.getOrDefault(office, Set.of());
    }

    public Collection<EmployeeLink> employees() {
        return employees.values();
    }

    /**
     * Resolves what a person with the given scope sees, from their place in this tree; each kind includes what
     * the narrower ones see, so a DEPARTMENT_HEAD who also manages a team loses nothing.
     */
    public DataScope scopeFor(DataScopeKind kind, long employeeId) {
        return switch (kind) {
            case SELF -> new DataScope(kind, employeeId, Set.of(employeeId), Set.of());
            case TEAM -> scope(kind, employeeId, scopeRoots(employeeId));
            case DEPARTMENT_TREE -> {
                Set<Long> tree = new LinkedHashSet<>();
                scopeRoots(employeeId).forEach(root -> tree.addAll(departmentAndBelow(root)));
                yield scope(kind, employeeId, tree);
            }
            case ALL -> new DataScope(kind, employeeId, employees.keySet(), departments.keySet());
        };
    }

    /** Me, everyone reporting to me, and everyone (leavers included) who sits in the given departments. */
    private DataScope scope(DataScopeKind kind, long employeeId, Set<Long> departmentIds) {
        Set<Long> people = new LinkedHashSet<>(employeeAndReports(employeeId));
        departmentIds.forEach(id -> people.addAll(membersOf.getOrDefault(id, Set.of())));
        return new DataScope(kind, employeeId, people, departmentIds);
    }

    private List<Long> departmentAndAncestorIds(long departmentId) {
        List<Long> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long current = departmentId;
        while (current != null && seen.add(current)) {
            chain.add(current);
            DepartmentLink link = departments.get(current);
            current = link == null ? null : link.parentId();
        }
        return chain;
    }

    private static Set<Long> closure(Map<Long, Set<Long>> down, long start) {
        Set<Long> result = new LinkedHashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Long next = queue.poll();
            if (result.add(next)) {
                queue.addAll(down.getOrDefault(next, Set.of()));
            }
        }
        return result;
    }
}
