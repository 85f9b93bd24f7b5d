package com.keyaccount.portal.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.keyaccount.portal.base.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The leaving rules (离职) an employee keeps by itself. */
class EmployeeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private final Employee employee = hiredOn(LocalDate.of(2024, 3, 1));

    @Test
    void leavingRecordsTheDateAndEndsActiveEmployment() {
        employee.leave(LocalDate.of(2026, 5, 31), TODAY);
        assertThat(employee.isActive()).isFalse();
        assertThat(employee.getStatus()).isEqualTo(EmploymentStatus.LEFT);
        assertThat(employee.getLeftOn()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void leavingOnTheHireDateOrTodayIsAllowed() {
        hiredOn(TODAY).leave(TODAY, TODAY);
        employee.leave(LocalDate.of(2024, 3, 1), TODAY);
        assertThat(employee.getLeftOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aLeavingDateBeforeTheHireDateIsRefused() {
        assertRefused(LocalDate.of(2024, 2, 29), "employee.leftBeforeHired", "leftOn");
    }

    @Test
    void aLeavingDateInTheFutureIsRefused() {
        assertRefused(TODAY.plusDays(1), "employee.leftInFuture", "leftOn");
    }

    @Test
    void aLeavingNeedsADate() {
        assertRefused(null, "validation.required", "leftOn");
    }

    @Test
    void someoneWhoLeftCannotLeaveAgainAndKeepsTheFirstDate() {
        employee.leave(LocalDate.of(2026, 1, 31), TODAY);
        BusinessException error = catchThrowableOfType(BusinessException.class,
                () -> employee.leave(LocalDate.of(2026, 5, 31), TODAY));
        assertThat(error.messageKey()).isEqualTo("employee.alreadyLeft");
        assertThat(error.arguments()).containsExactly("测试员");
        assertThat(employee.getLeftOn()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    private void assertRefused(LocalDate leftOn, String messageKey, String field) {
        BusinessException error = catchThrowableOfType(BusinessException.class, () -> employee.leave(leftOn, TODAY));
        assertThat(error.messageKey()).isEqualTo(messageKey);
        assertThat(error.field()).contains(field);
        assertThat(employee.isActive()).isTrue();
        assertThat(employee.getLeftOn()).isNull();
    }

    private static Employee hiredOn(LocalDate hired) {
        Employee employee = new Employee("T0001");
        employee.describe("T0001", "测试员", null, hired, EducationLevel.BACHELOR, null, null);
        return employee;
    }
}
