package com.keyaccount.portal.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A person's login (登录账号): credentials, roles, lock-out state and language preference. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private Long employeeId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    /** Login attempts whose password is being compared right now (reserved, outcome not yet known). */
    @Column(name = "pending_logins")
    private int pendingLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "preferred_locale")
    private String preferredLocale;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(Long employeeId, String username, String passwordHash, Set<Role> roles, Instant now) {
        this.employeeId = employeeId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = Role.setOf(roles);
        this.enabled = true;
        this.passwordChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Set<Role> getRoles() {
        return Role.setOf(roles);
    }

    public Optional<Locale> getPreferredLocale() {
        return Optional.ofNullable(preferredLocale).map(Locale::forLanguageTag);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        unlock();
    }

    void assignRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void preferLocale(Locale locale) {
        this.preferredLocale = locale.toLanguageTag();
    }

    /**
     * Reserves one login attempt before its password is compared (called under a row lock). Attempts under way count
     * towards the limit with the failures, so parallel guesses cannot outrun it. A lock that has run out is lifted
     * first.
     */
    LoginReservation reserveLogin(Instant now, int maxFailures, Duration lockDuration) {
        liftExpiredLock(now);
        if (isLockedAt(now)) {
            return LoginReservation.REFUSED;
        }
        if (failedAttempts + pendingLogins >= maxFailures) {
            // attempts that never reported back (a crash mid-login) then end with the lock instead of shutting for good
            lockedUntil = now.plus(lockDuration);
            return LoginReservation.REFUSED_AND_LOCKED;
        }
        pendingLogins++;
        return LoginReservation.GRANTED;
    }

    /**
     * A reserved attempt had the wrong password: it becomes a failure; at the limit the account locks.
     *
     * @return true when this failure locked the account
     */
    boolean failReservedLogin(Instant now, int maxFailures, Duration lockDuration) {
        pendingLogins = Math.max(0, pendingLogins - 1);
        failedAttempts++;
        if (failedAttempts >= maxFailures && !isLockedAt(now)) {
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    /**
     * A reserved attempt had the right password: its reservation ends and the failures before it are forgiven, but
     * attempts others reserved meanwhile stay counted and a lock set meanwhile stays.
     */
    void succeedReservedLogin() {
        pendingLogins = Math.max(0, pendingLogins - 1);
        failedAttempts = 0;
    }

    /** A reserved attempt ended without a password verdict (e.g. the person left): only its reservation ends. */
    void releaseReservedLogin() {
        pendingLogins = Math.max(0, pendingLogins - 1);
    }

    /**
     * Counts a failed check that reserved nothing (the current password in 修改密码); at the policy's limit the
     * account locks for the policy's duration.
     *
     * @return true when this failure locked the account
     */
    boolean registerFailedLogin(Instant now, int maxFailures, Duration lockDuration) {
        liftExpiredLock(now);
        failedAttempts++;
        if (failedAttempts >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    /** Clears failures, reservations and the lock: an administrator's unlock, a new password. */
    void unlock() {
        failedAttempts = 0;
        pendingLogins = 0;
        lockedUntil = null;
    }

    int getPendingLogins() {
        return pendingLogins;
    }

    private void liftExpiredLock(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            pendingLogins = 0;
            lockedUntil = null;
        }
    }
}
