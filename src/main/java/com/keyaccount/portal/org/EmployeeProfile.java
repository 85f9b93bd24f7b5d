package com.keyaccount.portal.org;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The person's card (their own on the workbench, anyone's for administrators). {@code salaryGrade} (工资等级) is
 * personnel data: filled only for a reader with {@code user:manage}, null otherwise and when not set.
 */
public record EmployeeProfile(long id, String employeeNo, String displayName, String departmentPath,
        String positionTitle, String managerName, LocalDate hireDate, EducationLevel education, String phone,
        String email, Integer salaryGrade) implements Serializable {
}
