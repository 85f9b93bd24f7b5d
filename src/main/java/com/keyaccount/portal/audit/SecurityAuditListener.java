package com.keyaccount.portal.audit;

import com.keyaccount.portal.security.AccountLockedEvent;
import com.keyaccount.portal.security.PasswordChangedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes logins (success and failure), lock-outs, logouts and password changes to the audit log. */
@Component
class SecurityAuditListener {

    private static final String ACCOUNT = "UserAccount";

    private final AuditService audit;

    SecurityAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onLoginSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.recordAs(authentication.getName(), AuditActions.LOGIN_SUCCESS, ACCOUNT, null, null,
                addressOf(authentication));
    }

    @EventListener
    void onLoginFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.recordAs(authentication.getName(), AuditActions.LOGIN_FAILURE, ACCOUNT, null,
                event.getException().getClass().getSimpleName(), addressOf(authentication));
    }

    @EventListener
    void onLocked(AccountLockedEvent event) {
        audit.recordAs(event.username(), AuditActions.ACCOUNT_LOCKED, ACCOUNT, null,
                "failures=" + event.failedAttempts() + ", until=" + event.lockedUntil(), event.remoteAddress());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), AuditActions.LOGOUT, ACCOUNT, null, null,
                AuditService.currentRemoteAddress());
    }

    @EventListener
    void onPasswordChanged(PasswordChangedEvent event) {
        audit.record(AuditActions.PASSWORD_CHANGED, ACCOUNT, event.accountId(), (String) null);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : AuditService.currentRemoteAddress();
    }
}
