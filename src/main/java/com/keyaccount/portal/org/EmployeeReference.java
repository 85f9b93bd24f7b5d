package com.keyaccount.portal.org;

import java.io.Serializable;

/**
 * The narrow view of a person everyone signed in may read ({@code org:read}): who they are and where they sit.
 * Phone, e-mail, education, hire date and leaving status are personnel data (appraisal inputs) and stay with
 * {@code user:manage}.
 */
public record EmployeeReference(long id, String displayName, String employeeNo, long departmentId,
        String departmentName) implements Serializable {
}
