package com.keyaccount.portal.audit;

import com.keyaccount.portal.audit.repository.AuditEventRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit rows for a named actor, either in the caller's transaction or in a transaction of its own. Private to
 * the audit module: other modules record through {@link AuditService#record} as the signed-in person, and the
 * module's listeners record logins, refusals and account changes here, where nobody may be signed in.
 */
@Component
class AuditWriter {

    private final AuditEventRepository events;
    private final Clock clock;
    private final TransactionTemplate joining;
    private final TransactionTemplate independent;

    AuditWriter(AuditEventRepository events, Clock clock, PlatformTransactionManager transactions) {
        this.events = events;
        this.clock = clock;
        this.joining = new TransactionTemplate(transactions);
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** In the caller's transaction: the row stands or falls with the change it describes. */
    void write(String actor, String action, String entityType, Object entityId, AuditDetail detail,
            String remoteAddress) {
        joining.executeWithoutResult(status -> save(actor, action, entityType, entityId, detail, remoteAddress));
    }

    /**
     * In a transaction of its own, committed even when the caller's rolls back: for what happened whatever the
     * outcome (a refused call, a failed login, a wrong current password).
     */
    void writeIndependently(String actor, String action, String entityType, Object entityId, AuditDetail detail,
            String remoteAddress) {
        independent.executeWithoutResult(status -> save(actor, action, entityType, entityId, detail, remoteAddress));
    }

    private void save(String actor, String action, String entityType, Object entityId, AuditDetail detail,
            String remoteAddress) {
        events.save(new AuditEvent(clock.instant(), actor, action, entityType,
                entityId == null ? null : entityId.toString(), detail == null ? AuditDetail.none() : detail,
                remoteAddress));
    }

    /**
     * The client's address of the current request; behind a proxy the forwarded one, as the servlet container
     * resolves it ({@code server.forward-headers-strategy}).
     */
    static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
