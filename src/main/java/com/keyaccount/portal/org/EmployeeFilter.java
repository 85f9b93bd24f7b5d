package com.keyaccount.portal.org;

/** Directory filters: free text (name, number, position, phone, e-mail), a department and everything below it, status. */
public record EmployeeFilter(String text, Long departmentId, EmploymentStatus status) {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null);
    }
}
