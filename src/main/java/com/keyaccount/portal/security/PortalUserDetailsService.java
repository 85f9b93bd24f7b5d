package com.keyaccount.portal.security;

import com.keyaccount.portal.security.repository.UserAccountRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a login from the database; a person who left (离职) or whose account is disabled cannot log in. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final AccountHolderDirectory holders;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository accounts, AccountHolderDirectory holders, Clock clock) {
        this.accounts = accounts;
        this.holders = holders;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        AccountHolder holder = holders.findHolder(account.getEmployeeId())
                .orElseThrow(() -> new UsernameNotFoundException("Account without an employee"));
        return new PortalUser(account, holder, !account.isLockedAt(clock.instant()));
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
