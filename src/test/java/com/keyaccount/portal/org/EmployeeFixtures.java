package com.keyaccount.portal.org;

import com.keyaccount.portal.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/** New, unique employees for tests that must not disturb the demo data. */
public final class EmployeeFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private EmployeeFixtures() {
    }

    public static EmployeeDraft newEmployee(String displayName, long departmentId) {
        int n = SEQUENCE.incrementAndGet();
        EmployeeDraft draft = new EmployeeDraft();
        draft.setEmployeeNo("T" + System.nanoTime() % 1_000_000 + "-" + n);
        draft.setDisplayName(displayName);
        draft.setDepartmentId(departmentId);
        draft.setPositionTitle("测试专员");
        draft.setHireDate(LocalDate.of(2024, 3, 1));
        draft.setEducation(EducationLevel.BACHELOR);
        draft.setUsername("test" + n + "x" + System.nanoTime() % 100_000);
        draft.setInitialPassword("Welcome#2026");
        draft.setRoles(EnumSet.of(Role.EMPLOYEE));
        return draft;
    }
}
