package com.keyaccount.portal.org;

import java.time.LocalDate;

/**
 * What an appraisal reads of a participant: who and where they are, their manager (the default reviewer), and the
 * personnel facts the composite scores (学历分 from the education, 工龄分 from the hire date, 工资等级调整 from the salary
 * grade). Read only through {@link EmployeeService#appraisalFacts}, which the appraisal permission guards.
 *
 * @param id             the employee
 * @param displayName    their name
 * @param employeeNo     their number
 * @param departmentId   their department
 * @param departmentName its name
 * @param positionTitle  their position, or null
 * @param managerId      their direct manager, or null
 * @param hireDate       the hire date
 * @param education      the education, or null when not recorded
 * @param salaryGrade    the salary grade, or null when not recorded
 * @param status         working or left
 */
public record EmployeeFacts(long id, String displayName, String employeeNo, long departmentId, String departmentName,
        String positionTitle, Long managerId, LocalDate hireDate, EducationLevel education, Integer salaryGrade,
        EmploymentStatus status) {
}
