package com.keyaccount.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Lock-out after repeated failed logins: {@code maxFailures} failures lock the account for {@code duration}. */
@ConfigurationProperties("portal.security.lockout")
public record LockoutPolicy(int maxFailures, Duration duration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("portal.security.lockout.max-failures must be at least 1");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("portal.security.lockout.duration must be positive");
        }
    }
}
