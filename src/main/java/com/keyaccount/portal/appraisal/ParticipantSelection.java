package com.keyaccount.portal.appraisal;

import java.util.List;

/**
 * Who to add to a cycle: everyone working in a department (and below, if asked), optionally of one position, and
 * people chosen by hand.
 *
 * @param departmentId          a department, or null
 * @param includeSubDepartments whether the departments below count too
 * @param positionTitle         only this position (职位), or null for all
 * @param employeeIds           people chosen by hand
 */
public record ParticipantSelection(Long departmentId, boolean includeSubDepartments, String positionTitle,
        List<Long> employeeIds) {

    public ParticipantSelection {
        employeeIds = employeeIds == null ? List.of() : List.copyOf(employeeIds);
    }

    public static ParticipantSelection ofDepartment(long departmentId, boolean includeSubDepartments) {
        return new ParticipantSelection(departmentId, includeSubDepartments, null, List.of());
    }

    public static ParticipantSelection ofEmployees(List<Long> employeeIds) {
        return new ParticipantSelection(null, false, null, employeeIds);
    }
}
