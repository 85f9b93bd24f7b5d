package com.keyaccount.portal.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of an account whose rights just changed (roles, password reset, leaving), so nobody keeps
 * working with the rights they had when they signed in.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(long accountId) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof PortalUser user && user.accountId() == accountId)
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
