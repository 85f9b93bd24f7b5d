package com.keyaccount.portal.security;

import com.keyaccount.portal.security.repository.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles the login attempt {@link PortalUserDetailsService#loadForLogin} reserved, under the same row lock: a wrong
 * password stays counted and may lock the account ({@link LockoutPolicy}); a right one forgives the failures before
 * it but never lifts a lock; a person who left only returns the reservation.
 */
@Component
class LoginAttemptListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);

    private final UserAccountRepository accounts;
    private final LockoutPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    LoginAttemptListener(UserAccountRepository accounts, LockoutPolicy policy, Clock clock,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        settle(event.getAuthentication().getName(), account -> {
            if (account.failReservedLogin(now, policy.maxFailures(), policy.duration())) {
                events.publishEvent(new AccountLockedEvent(account.getUsername(), account.getFailedAttempts(),
                        account.lockedUntil().orElse(now), address));
            }
        });
    }

    @EventListener
    void onDisabled(AuthenticationFailureDisabledEvent event) {
        settle(event.getAuthentication().getName(), UserAccount::releaseReservedLogin);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            settle(user.getUsername(), UserAccount::succeedReservedLogin);
        }
    }

    /**
     * Applies the outcome in a transaction of its own, on the row locked afresh, so it cannot clash with a parallel
     * attempt. A failure here only loses the bookkeeping: the login's own outcome (refused, or signed in) stands and
     * never becomes an error page.
     */
    private void settle(String username, Consumer<UserAccount> outcome) {
        String name = PortalUserDetailsService.normalize(username);
        try {
            transactions.executeWithoutResult(tx -> accounts.findForUpdate(name).ifPresent(outcome));
        } catch (RuntimeException e) {
            log.error("Could not record the outcome of a login of {}", name, e);
        }
    }
}
