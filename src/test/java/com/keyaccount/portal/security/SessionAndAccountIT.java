package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.OrgTestData;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Rights that change while someone is signed in take effect at once; accounts resist stale edits and guessing. */
class SessionAndAccountIT extends AbstractIntegrationTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    AccountService accounts;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    DemoUsers demo;
    @Autowired
    OrgTestData org;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void changingSomeonesRolesEndsTheirOpenSessions() {
        Created person = create("角色会话");
        String session = openSession(person.username());
        EmployeeDraft draft = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id()));
        draft.setRoles(EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        demo.run(DemoUsers.ADMIN, () -> employees.update(draft));
        assertThat(sessions.getSessionInformation(session).isExpired()).isTrue();
    }

    @Test
    void recordingThatSomeoneLeftEndsTheirOpenSessions() {
        Created person = create("离职会话");
        String session = openSession(person.username());
        long version = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id()).getVersion());
        demo.run(DemoUsers.ADMIN, () -> employees.markLeft(person.id(), LocalDate.of(2026, 11, 1), version));
        assertThat(sessions.getSessionInformation(session).isExpired()).isTrue();
    }

    @Test
    void aPasswordResetEndsOpenSessionsButAnUnrelatedEditDoesNot() {
        Created person = create("重置会话");
        String session = openSession(person.username());
        EmployeeDraft draft = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id()));
        draft.setPhone("021-12345678");
        demo.run(DemoUsers.ADMIN, () -> employees.update(draft));
        assertThat(sessions.getSessionInformation(session).isExpired()).isFalse();

        demo.run(DemoUsers.ADMIN, () -> employees.resetPassword(person.id(), "Another#2026"));
        assertThat(sessions.getSessionInformation(session).isExpired()).isTrue();
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsButNotTheCurrentOne() {
        Created person = create("改密会话");
        String current = openSession(person.username());
        String other = openSession(person.username());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(requestIn(current)));
        try {
            demo.run(person.username(), () -> accounts.changeOwnPassword("Welcome#2026", "Better#2027x"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(sessions.getSessionInformation(other).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(current).isExpired()).isFalse();
    }

    @Test
    void sessionsEndOnlyWhenTheChangeCommits() {
        Created person = create("提交会话");
        String session = openSession(person.username());
        EmployeeDraft draft = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id()));
        draft.setRoles(EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        transactions.executeWithoutResult(tx -> {
            demo.run(DemoUsers.ADMIN, () -> employees.update(draft));
            assertThat(sessions.getSessionInformation(session).isExpired()).as("before the commit").isFalse();
        });
        assertThat(sessions.getSessionInformation(session).isExpired()).isTrue();
    }

    @Test
    void aRolledBackChangeEndsNobodysSession() {
        Created person = create("回滚会话");
        String session = openSession(person.username());
        EmployeeDraft draft = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id()));
        draft.setRoles(EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        transactions.executeWithoutResult(tx -> {
            demo.run(DemoUsers.ADMIN, () -> employees.update(draft));
            tx.setRollbackOnly();
        });
        assertThat(sessions.getSessionInformation(session).isExpired()).isFalse();
        assertThat(demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id())).getRoles())
                .containsExactly(Role.EMPLOYEE);
    }

    @Test
    void aRoleChangeOverSomeoneElsesNewerRoleChangeIsRefused() {
        Created person = create("角色并发");
        EmployeeDraft first = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id()));
        EmployeeDraft second = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id()));
        first.setRoles(EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        demo.run(DemoUsers.ADMIN, () -> employees.update(first));

        second.setRoles(EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> employees.update(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(person.id())).getRoles())
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
    }

    @Test
    void guessingTheCurrentPasswordInTheChangeFormLocksTheAccount() {
        Created person = create("改密猜测");
        for (int i = 0; i < 5; i++) {
            BusinessException error = catchThrowableOfType(BusinessException.class,
                    () -> demo.run(person.username(), () -> accounts.changeOwnPassword("guess-" + UUID.randomUUID(),
                            "Better#2027x")));
            assertThat(error.messageKey()).isEqualTo("password.currentWrong");
        }
        assertThatThrownBy(() -> authentication.authenticate(
                new UsernamePasswordAuthenticationToken(person.username(), "Welcome#2026")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void aLeaverKeepsTheirRecordedManagerWhoLeftButNobodyNewGetsThem() {
        Created manager = create("离职经理");
        EmployeeDraft reportDraft = EmployeeFixtures.newEmployee("离职下属",
                demo.as(DemoUsers.ADMIN, () -> org.department("CS").id()));
        reportDraft.setManagerId(manager.id());
        long report = demo.as(DemoUsers.ADMIN, () -> employees.create(reportDraft));
        leave(report);
        leave(manager.id());

        EmployeeDraft correction = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(report));
        correction.setPhone("0571-88886666");
        demo.run(DemoUsers.ADMIN, () -> employees.update(correction));
        EmployeeDraft stored = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(report));
        assertThat(stored.getManagerId()).isEqualTo(manager.id());
        assertThat(stored.getPhone()).isEqualTo("0571-88886666");

        EmployeeDraft newcomer = EmployeeFixtures.newEmployee("新同事", demo.as(DemoUsers.ADMIN, () -> org.department("CS").id()));
        newcomer.setManagerId(manager.id());
        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> demo.run(DemoUsers.ADMIN, () -> employees.create(newcomer)));
        assertThat(refused.messageKey()).isEqualTo("employee.managerLeft");
    }

    private void leave(long employeeId) {
        long version = demo.as(DemoUsers.ADMIN, () -> employees.loadDraft(employeeId).getVersion());
        demo.run(DemoUsers.ADMIN, () -> employees.markLeft(employeeId, LocalDate.of(2026, 10, 1), version));
    }

    private record Created(long id, String username) {
    }

    private Created create(String name) {
        EmployeeDraft draft = EmployeeFixtures.newEmployee(name, demo.as(DemoUsers.ADMIN, () -> org.department("CS").id()));
        long id = demo.as(DemoUsers.ADMIN, () -> employees.create(draft));
        return new Created(id, draft.getUsername());
    }

    private static MockHttpServletRequest requestIn(String sessionId) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, sessionId));
        return request;
    }

    /** What a successful form login does: the session is registered for the person. */
    private String openSession(String username) {
        String id = UUID.randomUUID().toString();
        sessions.registerNewSession(id, users.loadUserByUsername(username));
        return id;
    }
}
