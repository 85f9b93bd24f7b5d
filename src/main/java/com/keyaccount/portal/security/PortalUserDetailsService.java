package com.keyaccount.portal.security;

import com.keyaccount.portal.security.repository.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a login from the database; a person who left (离职) or whose account is disabled cannot log in. The login
 * form goes through {@link #loadForLogin}, which reserves the attempt against the lock-out limit before the password
 * is compared; {@link LoginAttemptListener} settles the reservation with the outcome.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final AccountHolderDirectory holders;
    private final Clock clock;
    private final LockoutPolicy policy;
    private final ApplicationEventPublisher events;

    PortalUserDetailsService(UserAccountRepository accounts, AccountHolderDirectory holders, Clock clock,
            LockoutPolicy policy, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.holders = holders;
        this.clock = clock;
        this.policy = policy;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new PortalUser(account, holderOf(account), !account.isLockedAt(clock.instant()));
    }

    /**
     * Loads a login about to have its password compared, and counts the attempt first, under a row lock, so that
     * parallel guesses are all counted before any of them is compared. The returned user is locked (no compare) when
     * the account is locked or the attempts under way already reach the limit.
     */
    @Transactional
    public UserDetails loadForLogin(String username) {
        UserAccount account = accounts.findForUpdate(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        AccountHolder holder = holderOf(account);
        Instant now = clock.instant();
        LoginReservation reservation = account.reserveLogin(now, policy.maxFailures(), policy.duration());
        if (reservation == LoginReservation.REFUSED_AND_LOCKED) {
            // the attempts still under way count: they are what reached the limit
            events.publishEvent(new AccountLockedEvent(account.getUsername(),
                    account.getFailedAttempts() + account.getPendingLogins(), account.lockedUntil().orElse(now), null));
        }
        return new PortalUser(account, holder, reservation == LoginReservation.GRANTED);
    }

    private AccountHolder holderOf(UserAccount account) {
        return holders.findHolder(account.getEmployeeId())
                .orElseThrow(() -> new UsernameNotFoundException("Account without an employee"));
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
