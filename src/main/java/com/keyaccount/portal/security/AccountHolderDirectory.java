package com.keyaccount.portal.security;

import java.util.Optional;

/** Port to the organisation module: who holds an account, so security never depends on org's internals. */
public interface AccountHolderDirectory {

    Optional<AccountHolder> findHolder(long employeeId);
}
