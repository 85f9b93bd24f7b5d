package com.keyaccount.portal.org;

import java.io.Serializable;
import java.time.LocalDate;

/** An employee as the directory and admin grid show them. */
public record EmployeeSummary(long id, String employeeNo, String displayName, long departmentId, String departmentName,
        String positionTitle, Long managerId, String managerName, LocalDate hireDate, EducationLevel education,
        String phone, String email, EmploymentStatus status, LocalDate leftOn, long version) implements Serializable {

    public boolean active() {
        return status == EmploymentStatus.ACTIVE;
    }
}
