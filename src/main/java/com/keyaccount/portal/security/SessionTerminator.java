package com.keyaccount.portal.security;

import java.util.Optional;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends the open sessions of an account whose rights just changed (roles, password, leaving), so nobody keeps
 * working with the rights they had when they signed in. Inside a transaction the sessions end only once it has
 * committed: a change that rolls back ends nobody's session.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account. */
    void endSessionsOf(long accountId) {
        afterCommit(() -> expire(accountId, null));
    }

    /** Ends the account's sessions except the one of the current request: its owner just changed the password there. */
    void endOtherSessionsOf(long accountId) {
        String current = Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .map(attributes -> attributes.getSessionId()).orElse(null);
        afterCommit(() -> expire(accountId, current));
    }

    private void expire(long accountId, String keep) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof PortalUser user && user.accountId() == accountId)
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(keep))
                .forEach(SessionInformation::expireNow);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
