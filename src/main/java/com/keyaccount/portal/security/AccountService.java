package com.keyaccount.portal.security;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.security.repository.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins: created, given roles, reset, disabled and unlocked by administrators; password and language
 * changed by their owner. Every change to an existing login publishes an event in the transaction
 * ({@link AccountRolesChangedEvent}, {@link AccountChangedEvent}, {@link PasswordChangedEvent}), so the audit log
 * records it once, whichever module made it.
 */
@Service
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LockoutPolicy lockout;
    private final SessionTerminator sessions;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, LockoutPolicy lockout, SessionTerminator sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.lockout = lockout;
        this.sessions = sessions;
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public Optional<AccountInfo> findForEmployee(long employeeId) {
        return accounts.findByEmployeeId(employeeId).map(this::toInfo);
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public Map<Long, AccountInfo> findForEmployees(Collection<Long> employeeIds) {
        return accounts.findByEmployeeIdIn(employeeIds).stream().map(this::toInfo)
                .collect(Collectors.toMap(AccountInfo::employeeId, Function.identity()));
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public boolean isUsernameTaken(String username) {
        return accounts.existsByUsername(PortalUserDetailsService.normalize(username));
    }

    /** Validates everything {@link #createAccount} checks, without writing, so a form can refuse before saving. */
    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    @Transactional(readOnly = true)
    public void checkNewAccount(String username, String rawPassword, Set<Role> roles) {
        String name = PortalUserDetailsService.normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw BusinessException.onField("username", "account.usernameInvalid");
        }
        if (accounts.existsByUsername(name)) {
            throw BusinessException.onField("username", "account.usernameTaken", name);
        }
        requireRoles(roles);
        PasswordPolicy.check(name, rawPassword);
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public AccountInfo createAccount(long employeeId, String username, String rawPassword, Set<Role> roles) {
        checkNewAccount(username, rawPassword, roles);
        if (accounts.findByEmployeeId(employeeId).isPresent()) {
            throw new BusinessException("account.employeeHasAccount");
        }
        UserAccount account = new UserAccount(employeeId, PortalUserDetailsService.normalize(username),
                passwordEncoder.encode(rawPassword), roles, clock.instant());
        return toInfo(accounts.save(account));
    }

    /** Replaces the roles; refused if the account changed since {@code expectedVersion} was read. */
    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public AccountInfo assignRoles(long employeeId, Set<Role> roles, long expectedVersion) {
        requireRoles(roles);
        UserAccount account = requireAccount(employeeId);
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, account.getId());
        }
        boolean self = currentUser.get().map(user -> user.accountId() == account.getId()).orElse(false);
        if (self && account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw BusinessException.onField("roles", "account.cannotDropOwnAdmin");
        }
        Set<Role> before = Set.copyOf(account.getRoles());
        account.assignRoles(roles);
        sessions.endSessionsOf(account.getId());
        if (!before.equals(Set.copyOf(roles))) {
            events.publishEvent(new AccountRolesChangedEvent(account.getId(), employeeId, account.getUsername(),
                    before, roles));
        }
        return toInfo(account);
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public void resetPassword(long employeeId, String rawPassword) {
        UserAccount account = requireAccount(employeeId);
        PasswordPolicy.check(account.getUsername(), rawPassword);
        account.changePassword(passwordEncoder.encode(rawPassword), clock.instant());
        sessions.endSessionsOf(account.getId());
        publish(account, AccountChangedEvent.Change.PASSWORD_RESET);
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public void unlock(long employeeId) {
        UserAccount account = requireAccount(employeeId);
        account.unlock();
        publish(account, AccountChangedEvent.Change.UNLOCKED);
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public void disable(long employeeId) {
        accounts.findByEmployeeId(employeeId).filter(UserAccount::isEnabled).ifPresent(account -> {
            account.disable();
            sessions.endSessionsOf(account.getId());
            publish(account, AccountChangedEvent.Change.DISABLED);
        });
    }

    @PreAuthorize(Permissions.Users.HAS_MANAGE)
    public void enable(long employeeId) {
        UserAccount account = requireAccount(employeeId);
        if (!account.isEnabled()) {
            account.enable();
            publish(account, AccountChangedEvent.Change.ENABLED);
        }
    }

    /**
     * Changes the signed-in person's password and ends their other sessions. A wrong current password counts as a
     * failed login, so a stolen session cannot be used to guess the password: at the limit the account locks and its
     * sessions end.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = BusinessException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        PortalUser user = currentUser.require();
        UserAccount account = accounts.findById(user.accountId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            Instant now = clock.instant();
            if (account.registerFailedLogin(now, lockout.maxFailures(), lockout.duration())) {
                events.publishEvent(new AccountLockedEvent(account.getUsername(), account.getFailedAttempts(),
                        account.lockedUntil().orElse(now), null));
                sessions.endSessionsOf(account.getId());
            }
            events.publishEvent(new CurrentPasswordRejectedEvent(account.getUsername(), account.getId()));
            throw BusinessException.onField("currentPassword", "password.currentWrong");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw BusinessException.onField("password", "password.sameAsOld");
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        // whoever else is signed in with the old password is signed out; the person stays in the tab they used
        sessions.endOtherSessionsOf(account.getId());
        events.publishEvent(new PasswordChangedEvent(account.getUsername(), account.getId()));
    }

    /** Remembers the signed-in person's language for their next logins. */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnLocale(Locale locale) {
        PortalUser user = currentUser.require();
        accounts.findById(user.accountId()).orElseThrow().preferLocale(locale);
        user.preferLocale(locale);
    }

    private void publish(UserAccount account, AccountChangedEvent.Change change) {
        events.publishEvent(new AccountChangedEvent(account.getId(), account.getEmployeeId(), account.getUsername(),
                change));
    }

    private UserAccount requireAccount(long employeeId) {
        return accounts.findByEmployeeId(employeeId)
                .orElseThrow(() -> new BusinessException("account.notFound"));
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw BusinessException.onField("roles", "account.rolesRequired");
        }
    }

    private AccountInfo toInfo(UserAccount account) {
        return new AccountInfo(account.getId(), account.getEmployeeId(), account.getUsername(), account.getRoles(),
                account.isEnabled(), account.isLockedAt(clock.instant()), account.getVersion());
    }
}
