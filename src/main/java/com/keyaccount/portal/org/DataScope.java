package com.keyaccount.portal.org;

import com.keyaccount.portal.security.DataScopeKind;
import java.io.Serializable;
import java.util.Set;

/**
 * What one person may see of business records, resolved from the org tree: records owned by
 * {@code employeeIds} or belonging to {@code departmentIds}; {@link DataScopeKind#ALL} sees everything.
 * Modules filter their queries with {@link #employeeIds()} / {@link #departmentIds()} or test single records
 * with {@link #includes}.
 */
public record DataScope(DataScopeKind kind, long employeeId, Set<Long> employeeIds, Set<Long> departmentIds) implements Serializable {

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
}
