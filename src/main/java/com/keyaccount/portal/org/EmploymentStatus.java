package com.keyaccount.portal.org;

/** 在职 / 离职. A person who left keeps all records but cannot log in. */
public enum EmploymentStatus {
    ACTIVE, LEFT
}
