package com.keyaccount.portal.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: account, employee, display data for the shell, roles and their permissions. */
public final class PortalUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long employeeId;
    private final String username;
    private final String displayName;
    private final String departmentName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean nonLocked;
    private String password;
    private volatile Locale locale;

    PortalUser(UserAccount account, AccountHolder holder, boolean nonLocked) {
        this.accountId = account.getId();
        this.employeeId = account.getEmployeeId();
        this.username = account.getUsername();
        this.password = account.getPasswordHash();
        this.displayName = holder.displayName();
        this.departmentName = holder.departmentName();
        this.roles = account.getRoles();
        this.enabled = account.isEnabled() && holder.active();
        this.nonLocked = nonLocked;
        this.locale = account.getPreferredLocale().orElse(null);
    }

    public long accountId() {
        return accountId;
    }

    public long employeeId() {
        return employeeId;
    }

    public String displayName() {
        return displayName;
    }

    public String departmentName() {
        return departmentName;
    }

    public Set<Role> roles() {
        return Role.setOf(roles);
    }

    public DataScopeKind dataScope() {
        return Role.dataScopeOf(roles);
    }

    public boolean hasPermission(String permission) {
        return Role.permissionsOf(roles).contains(permission);
    }

    /** The language the person chose, if any; the browser's language applies otherwise. */
    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(locale);
    }

    void preferLocale(Locale newLocale) {
        this.locale = newLocale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        // as roles, so that a view's @RolesAllowed(permission) and a service's hasRole(permission) check the same authority
        Role.permissionsOf(roles).forEach(permission -> authorities.add(new SimpleGrantedAuthority(Permissions.authority(permission))));
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortalUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return username;
    }
}
