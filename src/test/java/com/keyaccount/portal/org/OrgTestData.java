package com.keyaccount.portal.org;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Looks up demo departments and people by code / employee number, as an administrator would see them. */
@Component
public class OrgTestData {

    private final DepartmentService departments;
    private final EmployeeService employees;

    OrgTestData(DepartmentService departments, EmployeeService employees) {
        this.departments = departments;
        this.employees = employees;
    }

    public DepartmentSummary department(String code) {
        return departments.findAll().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    public EmployeeSummary employee(String employeeNo) {
        return employees.find(new EmployeeFilter(employeeNo, null, null),
                PageRequest.of(0, 5)).stream()
                .filter(e -> e.employeeNo().equals(employeeNo)).findFirst().orElseThrow();
    }
}
