package com.keyaccount.portal.org;

import com.keyaccount.portal.security.AccountInfo;
import com.keyaccount.portal.security.AccountService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PortalUser;
import com.keyaccount.portal.security.Role;
import com.keyaccount.portal.security.SystemAuthentication;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a {@link DataScope} from a person's roles (how far) and their place in the cached org tree (where: the
 * departments they head, else the one they sit in). See {@link DataScope} for the visibility rule.
 */
@Service
@Transactional(readOnly = true)
public class DataScopeService {

    /** Only start-up and scheduled work (see {@link SystemAuthentication}) may resolve someone else's scope. */
    public static final String SYSTEM_ONLY = "principal == '" + SystemAuthentication.SYSTEM_ACTOR + "'";

    private final CurrentUser currentUser;
    private final OrgTreeCache cache;
    private final AccountService accounts;

    DataScopeService(CurrentUser currentUser, OrgTreeCache cache, AccountService accounts) {
        this.currentUser = currentUser;
        this.cache = cache;
        this.accounts = accounts;
    }

    /** The signed-in person's scope. */
    @PreAuthorize("isAuthenticated()")
    public DataScope currentScope() {
        PortalUser user = currentUser.require();
        return cache.current().scopeFor(user.dataScope(), user.employeeId());
    }

    /**
     * The scope of any employee, for a job that runs with no signed-in user (e.g. a nightly reminder that lists
     * what each manager may see): their account's roles decide how far; without an account, own records only.
     */
    @PreAuthorize(SYSTEM_ONLY)
    public DataScope scopeFor(long employeeId) {
        Set<Role> roles = accounts.findForEmployee(employeeId).map(AccountInfo::roles).orElse(Set.of());
        return cache.current().scopeFor(Role.dataScopeOf(roles), employeeId);
    }
}
