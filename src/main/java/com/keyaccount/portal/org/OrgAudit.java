package com.keyaccount.portal.org;

import com.keyaccount.portal.audit.AuditDetail;
import java.time.LocalDate;

/**
 * What the organisation's audit rows say, language-neutral: the object named by its name and number or code, and
 * for an update only the fields that changed (labels as i18n keys, enum values as {@code #keys}, departments and
 * managers by name). A department move is recorded because it changes the person's data scope.
 */
final class OrgAudit {

    private OrgAudit() {
    }

    static AuditDetail employee(Employee employee) {
        return AuditDetail.of("audit.detail.employee", employee.getDisplayName(), employee.getEmployeeNo());
    }

    static AuditDetail department(Department department) {
        return AuditDetail.of("audit.detail.department", department.getName(), department.getCode());
    }

    /** The audited fields of an employee, taken before an update and compared with those after it. */
    record EmployeeFields(String employeeNo, String displayName, String position, LocalDate hireDate,
            String education, String phone, String email, String department, String manager, Integer salaryGrade,
            String offices) {

        static EmployeeFields of(Employee employee) {
            return new EmployeeFields(employee.getEmployeeNo(), employee.getDisplayName(),
                    employee.getPositionTitle(), employee.getHireDate(),
                    AuditDetail.translated("education.", employee.getEducation()), employee.getPhone(),
                    employee.getEmail(), employee.getDepartment().getName(),
                    employee.getManager() == null ? null : employee.getManager().getDisplayName(),
                    employee.getSalaryGrade(),
                    employee.getOffices().isEmpty() ? null : AuditDetail.translated("office.", employee.getOffices()));
        }

        AuditDetail.Changes changesTo(EmployeeFields after) {
            return new AuditDetail.Changes()
                    .field("employee.employeeNo", employeeNo, after.employeeNo)
                    .field("employee.displayName", displayName, after.displayName)
                    .field("employee.department", department, after.department)
                    .field("employee.position", position, after.position)
                    .field("employee.manager", manager, after.manager)
                    .field("employee.hireDate", hireDate, after.hireDate)
                    .field("employee.education", education, after.education)
                    .field("employee.phone", phone, after.phone)
                    .field("employee.email", email, after.email)
                    .field("employee.salaryGrade", salaryGrade, after.salaryGrade)
                    .field("employee.offices", offices, after.offices);
        }
    }

    /** The audited fields of a department, taken before an update and compared with those after it. */
    record DepartmentFields(String code, String name, String kind, String parent, int sortOrder, String head) {

        static DepartmentFields of(Department department) {
            return new DepartmentFields(department.getCode(), department.getName(),
                    AuditDetail.translated("departmentKind.", department.getKind()),
                    department.getParent() == null ? null : department.getParent().getName(),
                    department.getSortOrder(),
                    department.getHead() == null ? null : department.getHead().getDisplayName());
        }

        AuditDetail.Changes changesTo(DepartmentFields after) {
            return new AuditDetail.Changes()
                    .field("department.code", code, after.code)
                    .field("department.name", name, after.name)
                    .field("department.kind", kind, after.kind)
                    .field("department.parent", parent, after.parent)
                    .field("department.sortOrder", sortOrder, after.sortOrder)
                    .field("department.head", head, after.head);
        }
    }
}
