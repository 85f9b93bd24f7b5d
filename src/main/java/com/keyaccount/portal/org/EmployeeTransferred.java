package com.keyaccount.portal.org;

import java.util.Objects;

/**
 * An employee moved to another department or got another direct manager (both may change at once); a move
 * changes who sees their records. Delivered like {@link EmployeeLeft}: listen with
 * {@code @TransactionalEventListener} to act after commit only.
 */
public record EmployeeTransferred(long employeeId, long fromDepartmentId, long toDepartmentId, Long fromManagerId,
        Long toManagerId) {

    public boolean departmentChanged() {
        return fromDepartmentId != toDepartmentId;
    }

    public boolean managerChanged() {
        return !Objects.equals(fromManagerId, toManagerId);
    }
}
