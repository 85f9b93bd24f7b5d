package com.keyaccount.portal.audit;

import com.keyaccount.portal.security.AccountLockedEvent;
import com.keyaccount.portal.security.CurrentPasswordRejectedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes logins (success and failure), lock-outs, logouts and wrong current passwords to the audit log, each in a
 * transaction of its own: they happened, whatever becomes of the caller's transaction.
 */
@Component
class SecurityAuditListener {

    static final String ACCOUNT = "UserAccount";

    private final AuditWriter writer;

    SecurityAuditListener(AuditWriter writer) {
        this.writer = writer;
    }

    @EventListener
    void onLoginSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        writer.writeIndependently(authentication.getName(), AuditActions.LOGIN_SUCCESS, ACCOUNT, null,
                AuditDetail.none(), addressOf(authentication));
    }

    @EventListener
    void onLoginFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        writer.writeIndependently(authentication.getName(), AuditActions.LOGIN_FAILURE, ACCOUNT, null,
                AuditDetail.of("audit.detail.loginFailure." + reason(event.getException())),
                addressOf(authentication));
    }

    @EventListener
    void onCurrentPasswordRejected(CurrentPasswordRejectedEvent event) {
        writer.writeIndependently(event.username(), AuditActions.LOGIN_FAILURE, ACCOUNT, event.accountId(),
                AuditDetail.of("audit.detail.loginFailure.currentPassword"), AuditWriter.currentRemoteAddress());
    }

    @EventListener
    void onLocked(AccountLockedEvent event) {
        writer.writeIndependently(event.username(), AuditActions.ACCOUNT_LOCKED, ACCOUNT, null,
                AuditDetail.of("audit.detail.locked", event.failedAttempts(), event.lockedUntil()),
                event.remoteAddress() != null ? event.remoteAddress() : AuditWriter.currentRemoteAddress());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        writer.writeIndependently(event.getAuthentication().getName(), AuditActions.LOGOUT, ACCOUNT, null,
                AuditDetail.none(), AuditWriter.currentRemoteAddress());
    }

    /** Why a login failed, as the last part of a message key: never the exception's class name. */
    static String reason(AuthenticationException exception) {
        return switch (exception) {
            case BadCredentialsException e -> "badCredentials";
            case LockedException e -> "locked";
            case DisabledException e -> "disabled";
            default -> "other";
        };
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : AuditWriter.currentRemoteAddress();
    }
}
