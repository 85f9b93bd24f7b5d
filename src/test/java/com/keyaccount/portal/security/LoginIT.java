package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditActions;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Logins through the real authentication manager: audit rows, lock-out and its expiry, leavers refused. */
class LoginIT extends AbstractIntegrationTest {

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    AuditService audit;
    @Autowired
    LockoutPolicy policy;
    @Autowired
    DemoUsers demo;

    @Test
    void aSuccessfulLoginIsAudited() {
        Authentication result = login("wufang", DemoUsers.PASSWORD);
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(PortalUser.class, user -> {
            assertThat(user.displayName()).isEqualTo("吴芳");
            assertThat(user.departmentName()).isEqualTo("大客户二组");
            assertThat(user.roles()).containsExactly(Role.EMPLOYEE);
        });
        assertThat(auditOf("wufang", AuditActions.LOGIN_SUCCESS)).isNotEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        assertThatThrownBy(() -> login("wufang", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(auditOf("wufang", AuditActions.LOGIN_FAILURE)).first()
                .satisfies(entry -> assertThat(entry.detail().key())
                        .isEqualTo("audit.detail.loginFailure.badCredentials"));
    }

    @Test
    void repeatedFailuresLockTheAccountUntilThePeriodEnds() {
        String user = "hejing";
        assertThat(policy.maxFailures()).isEqualTo(5);
        assertThat(policy.duration()).isEqualTo(Duration.ofMinutes(15));
        for (int i = 0; i < policy.maxFailures(); i++) {
            assertThatThrownBy(() -> login(user, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(auditOf(user, AuditActions.ACCOUNT_LOCKED)).hasSize(1);

        assertThatThrownBy(() -> login(user, DemoUsers.PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> login(user, DemoUsers.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login(user, DemoUsers.PASSWORD).isAuthenticated()).isTrue();
        assertThat(auditOf(user, AuditActions.LOGIN_FAILURE)).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void someoneWhoLeftCannotLogIn() {
        assertThatThrownBy(() -> login(DemoUsers.LEAVER, DemoUsers.PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(auditOf(DemoUsers.LEAVER, AuditActions.LOGIN_FAILURE)).first()
                .satisfies(entry -> assertThat(entry.detail().key()).isEqualTo("audit.detail.loginFailure.disabled"));
    }

    @Test
    void usernamesAreCaseInsensitive() {
        assertThat(login("  ZhouJie ", DemoUsers.PASSWORD).getName()).isEqualTo("zhoujie");
    }

    private Authentication login(String username, String password) {
        return authentication.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private List<AuditEntry> auditOf(String actor, String action) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(actor, action, null, null),
                PageRequest.of(0, 50, Sort.by("id").descending())).stream()
                .filter(entry -> entry.actor().equals(actor)).toList());
    }
}
