package com.keyaccount.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.OrgTestData;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.org.OrgQueries;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An approver who leaves hands their steps on: waiting ones at once, later ones when they become current. */
class ApproverLeftIT extends AbstractIntegrationTest {

    private static final AtomicLong OBJECTS = new AtomicLong(9000);

    @Autowired
    ApprovalService approvals;
    @Autowired
    ApprovalChainService chains;
    @Autowired
    SampleApprovalType sample;
    @Autowired
    EmployeeService employees;
    @Autowired
    NotificationService notifications;
    @Autowired
    OrgTestData org;
    @Autowired
    DemoUsers demo;

    private ChainDraft original;
    /** The office the tests hand to a new employee; whoever holds it (徐明 in the demo) gives it up meanwhile. */
    private static final Office OFFICE = Office.DEPUTY_GM_MARKETING;

    @Autowired
    OrgQueries queries;

    private final String office = OFFICE.name();
    private long officeHolder;
    private List<Long> previousHolders;

    @BeforeEach
    void anOfficeHeldByANewEmployeeUnderTheManager() {
        sample.ensureChain();
        previousHolders = demo.as(DemoUsers.ADMIN, () -> queries.holdersOf(OFFICE)).stream()
                .map(EmployeeReference::id).toList();
        previousHolders.forEach(holder -> holdsTheOffice(holder, false));
        officeHolder = demo.as(DemoUsers.ADMIN, () -> {
            EmployeeDraft draft = EmployeeFixtures.newEmployee("临时审批人", org.department("KA1").id());
            draft.setOffices(EnumSet.of(OFFICE));
            draft.setManagerId(org.employee("HD0003").id());
            return employees.create(draft);
        });
        original = demo.as(DemoUsers.ADMIN, () -> chains.load(SampleApprovalType.KEY));
    }

    @AfterEach
    void restoreTheChainAndTheDemoHolder() {
        demo.run(DemoUsers.ADMIN, () -> chains.save(chains.load(SampleApprovalType.KEY).withSteps(original.steps())));
        previousHolders.forEach(holder -> holdsTheOffice(holder, true));
    }

    private void holdsTheOffice(long employeeId, boolean holds) {
        demo.run(DemoUsers.ADMIN, () -> {
            EmployeeDraft draft = employees.loadDraft(employeeId);
            Set<Office> offices = draft.getOffices().isEmpty() ? EnumSet.noneOf(Office.class)
                    : EnumSet.copyOf(draft.getOffices());
            if (holds) {
                offices.add(OFFICE);
            } else {
                offices.remove(OFFICE);
            }
            draft.setOffices(offices);
            employees.update(draft);
        });
    }

    private void chain(ChainStepDraft... steps) {
        demo.run(DemoUsers.ADMIN, () -> chains.save(chains.load(SampleApprovalType.KEY).withSteps(List.of(steps))));
    }

    private void officeHolderLeaves() {
        demo.run(DemoUsers.ADMIN, () -> employees.markLeft(officeHolder, LocalDate.of(2026, 1, 15),
                employees.loadDraft(officeHolder).getVersion()));
    }

    @Test
    void aWaitingStepGoesToTheNextPersonUpWhenItsApproverLeaves() {
        chain(new ChainStepDraft(ApproverRule.OFFICE, office));
        long id = demo.as(DemoUsers.EMPLOYEE, () -> approvals.submit(SampleApprovalType.KEY, OBJECTS.incrementAndGet()));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> approvals.find(id)).steps().getFirst().approverName())
                .isEqualTo("临时审批人");
        long unread = demo.as(DemoUsers.MANAGER, notifications::myUnreadCount);

        officeHolderLeaves();

        ApprovalStepView step = demo.as(DemoUsers.EMPLOYEE, () -> approvals.find(id)).steps().getFirst();
        assertThat(step.approverName()).isEqualTo("刘洋");
        assertThat(step.escalated()).isTrue();
        assertThat(demo.as(DemoUsers.MANAGER, () -> approvals.find(id)).mayDecide()).isTrue();
        assertThat(demo.as(DemoUsers.MANAGER, notifications::myUnreadCount)).isEqualTo(unread + 1);
    }

    @Test
    void aLaterStepIsResolvedAgainWhenItBecomesCurrent() {
        chain(new ChainStepDraft(ApproverRule.GENERAL_MANAGER, null), new ChainStepDraft(ApproverRule.OFFICE, office));
        long id = demo.as(DemoUsers.EMPLOYEE, () -> approvals.submit(SampleApprovalType.KEY, OBJECTS.incrementAndGet()));
        officeHolderLeaves();
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> approvals.find(id)).steps().get(1).approverName())
                .isEqualTo("临时审批人");

        demo.run(DemoUsers.GENERAL_MANAGER, () -> approvals.decide(id, Decision.APPROVE, null,
                approvals.find(id).version()));

        ApprovalStepView second = demo.as(DemoUsers.EMPLOYEE, () -> approvals.find(id)).steps().get(1);
        assertThat(second.approverName()).isEqualTo("刘洋");
        assertThat(second.state()).isEqualTo(StepState.PENDING);
    }
}
