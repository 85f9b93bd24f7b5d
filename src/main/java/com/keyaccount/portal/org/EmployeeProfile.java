package com.keyaccount.portal.org;

import java.io.Serializable;
import java.time.LocalDate;

/** The person's own card on their workbench. */
public record EmployeeProfile(long id, String employeeNo, String displayName, String departmentPath,
        String positionTitle, String managerName, LocalDate hireDate, EducationLevel education, String phone,
        String email) implements Serializable {
}
