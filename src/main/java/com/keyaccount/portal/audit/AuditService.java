package com.keyaccount.portal.audit;

import com.keyaccount.portal.audit.repository.AuditEventRepository;
import com.keyaccount.portal.base.LikePatterns;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. Any module may write as the signed-in person ({@code system} in background work);
 * only holders of {@link Permissions.Audit#READ} read. Logins, refusals and account changes are recorded by the
 * module's own listeners.
 */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final AuditWriter writer;
    private final CurrentUser currentUser;

    AuditService(AuditEventRepository events, AuditWriter writer, CurrentUser currentUser) {
        this.events = events;
        this.writer = writer;
        this.currentUser = currentUser;
    }

    /**
     * Records an action of the signed-in person, in the caller's transaction so it stands or falls with the change.
     * The detail is stored language-neutral and shown in the viewer's language.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String entityType, Object entityId, AuditDetail detail) {
        writer.write(currentUser.actorName(), action, entityType, entityId, detail,
                AuditWriter.currentRemoteAddress());
    }

    /**
     * Records a refusal of the signed-in person (e.g. an archive the confidentiality level keeps closed) in a
     * transaction of its own: it stays although the refused call rolls back.
     */
    public void recordRefusal(String action, String entityType, Object entityId, AuditDetail detail) {
        writer.writeIndependently(currentUser.actorName(), action, entityType, entityId, detail,
                AuditWriter.currentRemoteAddress());
    }

    /** One page of the log; {@link #count} gives the total for the same filter. */
    @PreAuthorize(Permissions.Audit.HAS_READ)
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, Pageable pageable) {
        return events.search(LikePatterns.startsWith(filter.actor()), blankToNull(filter.action()),
                blankToNull(filter.entityType()), blankToNull(filter.entityId()), filter.from(), filter.to(), pageable)
                .stream().map(AuditEvent::toEntry).toList();
    }

    @PreAuthorize(Permissions.Audit.HAS_READ)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.countSearch(LikePatterns.startsWith(filter.actor()), blankToNull(filter.action()),
                blankToNull(filter.entityType()), blankToNull(filter.entityId()), filter.from(), filter.to());
    }

    @PreAuthorize(Permissions.Audit.HAS_READ)
    @Transactional(readOnly = true)
    public List<String> findActions() {
        return events.findDistinctActions();
    }

    /** The kinds of objects the log mentions ({@code Employee}, {@code Department}, …), for a filter. */
    @PreAuthorize(Permissions.Audit.HAS_READ)
    @Transactional(readOnly = true)
    public List<String> findEntityTypes() {
        return events.findDistinctEntityTypes();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
