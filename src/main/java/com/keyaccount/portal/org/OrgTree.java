package com.keyaccount.portal.org;

import com.keyaccount.portal.security.DataScopeKind;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot of the organisation's links — which department sits under which, who works where and reports to
 * whom — and the rules that walk them: manager and department cycles, and data-scope resolution.
 */
public final class OrgTree {

    /** A department and its parent (null for the root). */
    public record DepartmentLink(long id, Long parentId) {
    }

    /** An employee, their department and their direct manager (null for none). */
    public record EmployeeLink(long id, long departmentId, Long managerId) {
    }

    private final Map<Long, Long> parentOf = new HashMap<>();
    private final Map<Long, Set<Long>> childrenOf = new HashMap<>();
    private final Map<Long, Long> managerOf = new HashMap<>();
    private final Map<Long, Set<Long>> reportsOf = new HashMap<>();
    private final Map<Long, Long> departmentOf = new HashMap<>();

    public OrgTree(Collection<DepartmentLink> departments, Collection<EmployeeLink> employees) {
        for (DepartmentLink department : departments) {
            parentOf.put(department.id(), department.parentId());
            if (department.parentId() != null) {
                childrenOf.computeIfAbsent(department.parentId(), k -> new LinkedHashSet<>()).add(department.id());
            }
        }
        for (EmployeeLink employee : employees) {
            departmentOf.put(employee.id(), employee.departmentId());
            managerOf.put(employee.id(), employee.managerId());
            if (employee.managerId() != null) {
                reportsOf.computeIfAbsent(employee.managerId(), k -> new LinkedHashSet<>()).add(employee.id());
            }
        }
    }

    /** Rule: nobody may (indirectly) manage themselves — true if making {@code managerId} the manager closes a loop. */
    public boolean wouldCreateManagerCycle(long employeeId, Long managerId) {
        return managerId != null && (managerId == employeeId || chainReaches(managerOf, managerId, employeeId));
    }

    /** Rule: a department may not sit under itself or under one of its own sub-departments. */
    public boolean wouldCreateDepartmentCycle(long departmentId, Long parentId) {
        return parentId != null && (parentId == departmentId || chainReaches(parentOf, parentId, departmentId));
    }

    /** The department and all departments below it. */
    public Set<Long> departmentAndBelow(long departmentId) {
        return closure(childrenOf, departmentId);
    }

    /** The employee and everyone who reports to them, directly or indirectly. */
    public Set<Long> employeeAndReports(long employeeId) {
        return closure(reportsOf, employeeId);
    }

    /** Resolves what a person with the given scope sees, from their place in this tree. */
    public DataScope scopeFor(DataScopeKind kind, long employeeId) {
        Long department = departmentOf.get(employeeId);
        return switch (kind) {
            case SELF -> new DataScope(kind, employeeId, Set.of(employeeId), Set.of());
            case TEAM -> new DataScope(kind, employeeId, employeeAndReports(employeeId), Set.of());
            case DEPARTMENT -> new DataScope(kind, employeeId, Set.of(employeeId),
                    department == null ? Set.of() : Set.of(department));
            case DEPARTMENT_TREE -> new DataScope(kind, employeeId, Set.of(employeeId),
                    department == null ? Set.of() : departmentAndBelow(department));
            case ALL -> new DataScope(kind, employeeId, Set.of(), Set.of());
        };
    }

    private static boolean chainReaches(Map<Long, Long> up, long start, long target) {
        Set<Long> seen = new HashSet<>();
        Long current = start;
        while (current != null && seen.add(current)) {
            if (current == target) {
                return true;
            }
            current = up.get(current);
        }
        return false;
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
