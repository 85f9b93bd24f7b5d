package com.keyaccount.portal.org;

import java.io.Serializable;

/** Directory filters: free text (name, number, position, phone, e-mail), a department and everything below it, status. */
public record EmployeeFilter(String text, Long departmentId, EmploymentStatus status) implements Serializable {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null);
    }
}
