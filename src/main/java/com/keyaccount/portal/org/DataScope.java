package com.keyaccount.portal.org;

import com.keyaccount.portal.security.DataScopeKind;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * What one person may see of business records, resolved from the org tree. The one rule every module applies:
 * <b>a record is visible if its owner ∈ {@link #employeeIds()} or its department ∈ {@link #departmentIds()}</b>
 * ({@link DataScopeKind#ALL} sees everything, also records created after the scope was resolved).
 * <ul>
 * <li>SELF: me; no department.</li>
 * <li>TEAM: me, everyone reporting to me (directly or not), and the team's department — the one I head, or the one
 * I sit in when I head none — with everyone in it.</li>
 * <li>DEPARTMENT_TREE: as TEAM, plus everything below the departments I head (or, heading none, below mine).</li>
 * <li>ALL: every employee and department.</li>
 * </ul>
 * Employee sets include leavers: their records stay and stay visible to the same people. Modules never rewrite the
 * filter: they take {@link #toSpecification} or {@link #toJpql}, or test one record with {@link #includes}.
 */
public record DataScope(DataScopeKind kind, long employeeId, Set<Long> employeeIds, Set<Long> departmentIds)
        implements Serializable {

    /** A JPQL condition and its named parameters, to append with {@code and (…)} to a query's where clause. */
    public record JpqlFilter(String condition, Map<String, Object> parameters) {
    }

    public DataScope {
        employeeIds = Set.copyOf(employeeIds);
        departmentIds = Set.copyOf(departmentIds);
    }

    public boolean isAll() {
        return kind == DataScopeKind.ALL;
    }

    /** Whether a record owned by {@code ownerEmployeeId} in department {@code ownerDepartmentId} is visible. */
    public boolean includes(Long ownerEmployeeId, Long ownerDepartmentId) {
        return isAll()
                || (ownerEmployeeId != null && employeeIds.contains(ownerEmployeeId))
                || (ownerDepartmentId != null && departmentIds.contains(ownerDepartmentId));
    }

    /**
     * The rule as a Specification for an entity whose owner's employee id is at {@code ownerPath} and whose
     * department id at {@code departmentPath} (dotted attribute paths such as {@code "owner.id"}; null when the
     * entity has no such attribute). Empty sets simply match nothing.
     */
    public <T> Specification<T> toSpecification(String ownerPath, String departmentPath) {
        return (root, query, cb) -> {
            if (isAll()) {
                return cb.conjunction();
            }
            List<Predicate> any = new ArrayList<>();
            if (ownerPath != null) {
                any.add(path(root, ownerPath).in(employeeIds));
            }
            if (departmentPath != null) {
                any.add(path(root, departmentPath).in(departmentIds));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    /**
     * The rule as a JPQL condition over the given expressions (e.g. {@code c.owner.id}, {@code c.department.id};
     * null when absent), with parameters named {@code scopeEmployees} / {@code scopeDepartments}.
     */
    public JpqlFilter toJpql(String ownerExpression, String departmentExpression) {
        if (isAll()) {
            return new JpqlFilter("1 = 1", Map.of());
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (ownerExpression != null) {
            any.add(ownerExpression + " in :scopeEmployees");
            parameters.put("scopeEmployees", employeeIds);
        }
        if (departmentExpression != null) {
            any.add(departmentExpression + " in :scopeDepartments");
            parameters.put("scopeDepartments", departmentIds);
        }
        return new JpqlFilter(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")", parameters);
    }

    private static Path<Object> path(From<?, ?> root, String dotted) {
        Path<Object> path = null;
        for (String attribute : dotted.split("\\.")) {
            path = path == null ? root.get(attribute) : path.get(attribute);
        }
        return path;
    }
}
