package com.keyaccount.portal.org;

import java.io.Serializable;

/** An active employee to choose, e.g. as a manager or a department head. */
public record EmployeeOption(long id, String displayName, String employeeNo, String departmentName) implements Serializable {

    /** "张伟 (KA-0005) · 大客户一组", for combo boxes. */
    public String label() {
        return displayName + " (" + employeeNo + ") · " + departmentName;
    }
}
