package com.keyaccount.portal.audit;

import java.io.Serializable;
import java.time.Instant;

/** An audit row as the audit view shows it; the detail is language-neutral and rendered by the viewer. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
        AuditDetail detail, String remoteAddress) implements Serializable {
}
