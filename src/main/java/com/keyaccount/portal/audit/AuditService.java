package com.keyaccount.portal.audit;

import com.keyaccount.portal.audit.repository.AuditEventRepository;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and reads the audit log. Any module may write; only holders of {@link Permissions#AUDIT_READ} read. */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the signed-in person, in the caller's transaction so it stands or falls with the change. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String entityType, Object entityId, String detail) {
        recordAs(currentUser.actorName(), action, entityType, entityId, detail, currentRemoteAddress());
    }

    /**
     * Records an action of the signed-in person with a language-neutral detail, in the caller's transaction.
     * (Audit v2 stores the key, arguments and field changes separately; until then they are flattened.)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String entityType, Object entityId, AuditDetail detail) {
        record(action, entityType, entityId, detail.key() + " " + detail.args() + " " + detail.changes());
    }

    /** Records an action of a named actor from a known address, e.g. a failed login where nobody is signed in. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String entityType, Object entityId, String detail,
            String remoteAddress) {
        events.save(new AuditEvent(clock.instant(), actor, action, entityType,
                entityId == null ? null : entityId.toString(), detail, remoteAddress));
    }

    /** One page of the log; {@link #count} gives the total for the same filter. */
    @PreAuthorize(Permissions.Audit.HAS_READ)
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, Pageable pageable) {
        return events.search(actorPattern(filter), blankToNull(filter.action()), filter.from(), filter.to(), pageable)
                .stream().map(AuditEvent::toEntry).toList();
    }

    @PreAuthorize(Permissions.Audit.HAS_READ)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.countSearch(actorPattern(filter), blankToNull(filter.action()), filter.from(), filter.to());
    }

    private static String actorPattern(AuditFilter filter) {
        return filter.actor() == null || filter.actor().isBlank() ? null
                : "%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%";
    }

    @PreAuthorize(Permissions.Audit.HAS_READ)
    @Transactional(readOnly = true)
    public List<String> findActions() {
        return events.findDistinctActions();
    }

    static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
