package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.OrgTestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/** Lock-out under parallel guessing, through the real authentication manager, on H2 and MariaDB. */
class ParallelLoginIT extends AbstractIntegrationTest {

    private static final String PASSWORD = "Welcome#2026";

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    EmployeeService employees;
    @Autowired
    AccountService accounts;
    @Autowired
    LockoutPolicy policy;
    @Autowired
    DemoUsers demo;
    @Autowired
    OrgTestData org;

    @Test
    void twelveParallelWrongPasswordsGetAtMostFiveComparesAndThenEvenTheRightOneIsRefused() throws Exception {
        Person person = create("并发猜测");
        List<Callable<String>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String guess = "wrong-" + i;
            guesses.add(() -> outcome(person.username(), guess));
        }
        Map<String, Long> outcomes = inParallel(guesses).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(policy.maxFailures()).isEqualTo(5);
        assertThat(outcomes).containsOnlyKeys("BadCredentialsException", "LockedException");
        assertThat(outcomes.get("BadCredentialsException")).isEqualTo(5);
        assertThatThrownBy(() -> login(person.username(), PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(demo.as(DemoUsers.ADMIN, () -> accounts.findForEmployee(person.id()).orElseThrow().locked())).isTrue();
    }

    @Test
    void aRightPasswordUnderWayDoesNotLiftALockSetMeanwhile() {
        Person person = create("并发成功");
        UserDetails underWay = users.loadForLogin(person.username());
        assertThat(underWay.isAccountNonLocked()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(person.username(), "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(person.username(), "wrong")).isInstanceOf(LockedException.class);

        // the attempt reserved first now reports its right password
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(underWay, null, underWay.getAuthorities())));

        assertThatThrownBy(() -> login(person.username(), PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void parallelRightPasswordsAllSignInWithoutAVersionClash() throws Exception {
        Person person = create("并发登录");
        assertThatThrownBy(() -> login(person.username(), "wrong")).isInstanceOf(BadCredentialsException.class);
        List<Callable<String>> logins = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            logins.add(() -> outcome(person.username(), PASSWORD));
        }
        assertThat(inParallel(logins)).containsOnly("signed in");
        assertThat(login(person.username(), PASSWORD).isAuthenticated()).isTrue();
    }

    private String outcome(String username, String password) {
        try {
            return login(username, password).isAuthenticated() ? "signed in" : "not authenticated";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    private Authentication login(String username, String password) {
        return authentication.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    /** Runs the tasks at the same moment, each on its own thread. */
    private static List<String> inParallel(List<Callable<String>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> task : tasks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Person(long id, String username) {
    }

    private Person create(String name) {
        EmployeeDraft draft = EmployeeFixtures.newEmployee(name, demo.as(DemoUsers.ADMIN, () -> org.department("CS").id()));
        long id = demo.as(DemoUsers.ADMIN, () -> employees.create(draft));
        return new Person(id, draft.getUsername());
    }
}
