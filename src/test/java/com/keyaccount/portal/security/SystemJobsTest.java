package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A scheduled job runs as the system actor with every permission, and the thread is left as it was. */
class SystemJobsTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theJobRunsAsTheSystemWithEveryPermission() {
        AtomicReference<Authentication> seen = new AtomicReference<>();

        SystemJobs.run("test.job", () -> seen.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(seen.get().getName()).isEqualTo(SystemAuthentication.SYSTEM_ACTOR);
        assertThat(seen.get().isAuthenticated()).isTrue();
        assertThat(seen.get().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(Permissions.authority(Permissions.Users.MANAGE), Permissions.authority(Permissions.Audit.READ));
    }

    @Test
    void afterTheJobTheThreadHasNoAuthenticationAgain() {
        SystemJobs.run("test.job", () -> { });

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aFailingJobRethrowsAndStillRestoresTheThread() {
        assertThatThrownBy(() -> SystemJobs.run("test.failing", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
