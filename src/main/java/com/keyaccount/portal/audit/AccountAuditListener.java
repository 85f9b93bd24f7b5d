package com.keyaccount.portal.audit;

import com.keyaccount.portal.security.AccountChangedEvent;
import com.keyaccount.portal.security.AccountRolesChangedEvent;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PasswordChangedEvent;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records changes to logins made through {@code AccountService}, by whichever module: one row per change, written in
 * the change's transaction (the events are published inside it), so a change that rolls back leaves no row. Rows
 * about an administrator's change name the employee, so "everything done to employee 42" finds them.
 */
@Component
class AccountAuditListener {

    private static final String EMPLOYEE = "Employee";

    private final AuditWriter writer;
    private final CurrentUser currentUser;

    AccountAuditListener(AuditWriter writer, CurrentUser currentUser) {
        this.writer = writer;
        this.currentUser = currentUser;
    }

    @EventListener
    void onRolesChanged(AccountRolesChangedEvent event) {
        AuditDetail detail = AuditDetail.of("audit.detail.account", event.username())
                .withChanges(List.of(new FieldChange("employee.roles", AuditDetail.translated("role.", event.before()),
                        AuditDetail.translated("role.", event.after()))));
        write(AuditActions.EMPLOYEE_ROLES_CHANGED, event.employeeId(), detail);
    }

    @EventListener
    void onAccountChanged(AccountChangedEvent event) {
        String action = switch (event.change()) {
            case PASSWORD_RESET -> AuditActions.PASSWORD_RESET;
            case UNLOCKED -> AuditActions.ACCOUNT_UNLOCKED;
            case DISABLED -> AuditActions.ACCOUNT_DISABLED;
            case ENABLED -> AuditActions.ACCOUNT_ENABLED;
        };
        write(action, event.employeeId(), AuditDetail.of("audit.detail.account", event.username()));
    }

    @EventListener
    void onPasswordChanged(PasswordChangedEvent event) {
        writer.write(currentUser.actorName(), AuditActions.PASSWORD_CHANGED, SecurityAuditListener.ACCOUNT,
                event.accountId(), AuditDetail.none(), AuditWriter.currentRemoteAddress());
    }

    private void write(String action, long employeeId, AuditDetail detail) {
        writer.write(currentUser.actorName(), action, EMPLOYEE, employeeId, detail, AuditWriter.currentRemoteAddress());
    }
}
