package com.keyaccount.portal.security;

import com.keyaccount.portal.security.repository.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Counts failed logins per account and applies the {@link LockoutPolicy}; a successful login resets the count. */
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
        String username = PortalUserDetailsService.normalize(event.getAuthentication().getName());
        Instant now = clock.instant();
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        try {
            transactions.executeWithoutResult(tx -> accounts.findForUpdate(username).ifPresent(account -> {
                if (account.registerFailedLogin(now, policy.maxFailures(), policy.duration())) {
                    events.publishEvent(new AccountLockedEvent(account.getUsername(), account.getFailedAttempts(),
                            account.lockedUntil().orElse(now), address));
                }
            }));
        } catch (RuntimeException e) {
            // The refused login stays refused; only the counting failed, and must not turn it into an error page.
            log.error("Could not count a failed login of {}", username, e);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            transactions.executeWithoutResult(tx -> accounts.findById(user.accountId())
                    .filter(account -> account.getFailedAttempts() > 0)
                    .ifPresent(UserAccount::registerSuccessfulLogin));
        }
    }
}
