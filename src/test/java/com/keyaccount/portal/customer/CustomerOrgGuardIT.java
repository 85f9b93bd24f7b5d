package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmploymentStatus;
import com.keyaccount.portal.org.OrgTestData;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A leaver hands their customers over first (000 信息办法 第六、十一条); archives follow an owner who moves. */
class CustomerOrgGuardIT extends AbstractIntegrationTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository repository;
    @Autowired
    OrgTestData org;
    @Autowired
    DemoUsers demo;

    private long newRepInTeamOne() {
        EmployeeDraft draft = EmployeeFixtures.newEmployee("交接测试", demo.as(DemoUsers.ADMIN,
                () -> org.department("KA1").id()));
        draft.setManagerId(demo.as(DemoUsers.ADMIN, () -> org.employee("HD0003").id()));
        return demo.as(DemoUsers.ADMIN, () -> employees.create(draft));
    }

    private long customerOwnedBy(long ownerId) {
        CustomerDraft draft = CustomerFixtures.draft("漳州九龙江贸易有限公司" + System.nanoTime());
        draft.setOwnerId(ownerId);
        return demo.as(DemoUsers.MANAGER, () -> customers.create(draft));
    }

    @Test
    void someoneWhoStillOwnsCustomersCannotLeaveUntilTheyAreHandedOver() {
        long rep = newRepInTeamOne();
        long customer = customerOwnedBy(rep);
        long version = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(rep).getVersion());
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN,
                () -> employees.markLeft(rep, LocalDate.of(2026, 10, 31), version)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.guard.leaverOwns");

        CustomerDraft handover = demo.as(DemoUsers.MANAGER, () -> customers.loadDraft(customer));
        handover.setOwnerId(demo.as(DemoUsers.ADMIN, () -> org.employee("HD0004").id()));
        demo.run(DemoUsers.MANAGER, () -> customers.update(customer, handover));
        long current = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(rep).getVersion());
        demo.run(DemoUsers.ADMIN, () -> employees.markLeft(rep, LocalDate.of(2026, 10, 31), current));
        assertThat(demo.as(DemoUsers.ADMIN, () -> org.employee(employees.loadDraft(rep).getEmployeeNo()).status()))
                .isEqualTo(EmploymentStatus.LEFT);
    }

    @Test
    void theArchivesOfAnOwnerWhoMovesFollowThemToTheNewDepartment() {
        long rep = newRepInTeamOne();
        long customer = customerOwnedBy(rep);
        long teamTwo = demo.as(DemoUsers.ADMIN, () -> org.department("KA2").id());
        EmployeeDraft move = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(rep));
        move.setDepartmentId(teamTwo);
        move.setManagerId(demo.as(DemoUsers.ADMIN, () -> org.employee("HD0007").id()));
        demo.run(DemoUsers.ADMIN, () -> employees.update(move));
        assertThat(repository.findById(customer).orElseThrow().getDepartmentId()).isEqualTo(teamTwo);
        assertThat(demo.as("zhaomin", () -> customers.open(customer)).departmentName()).isEqualTo("大客户二组");
    }
}
