package com.keyaccount.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/**
 * One audit row (审计日志): who did what to which record, when and from where. Never changed once written: Hibernate
 * ignores changes to an {@link Immutable} entity, the repository has no update or delete, and production grants the
 * portal only {@code SELECT, INSERT} on the table (README).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private String entityId;

    /** Plain text of rows written before details were structured; new rows leave it empty. */
    @Column(updatable = false)
    private String detail;

    @Column(name = "detail_key", updatable = false)
    private String detailKey;

    @Column(name = "detail_args", updatable = false)
    private String detailArgs;

    @Column(name = "detail_changes", updatable = false)
    private String detailChanges;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    protected AuditEvent() {
    }

    /** The actor is stored trimmed and in lower case (usernames are), so a prefix search can use the index as is. */
    AuditEvent(Instant occurredAt, String actor, String action, String entityType, String entityId,
            AuditDetail detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor == null ? "" : actor.trim().toLowerCase(Locale.ROOT), 50);
        this.action = action;
        this.entityType = entityType;
        this.entityId = truncate(entityId, 40);
        this.detailKey = AuditDetailCodec.key(detail);
        this.detailArgs = AuditDetailCodec.args(detail);
        this.detailChanges = AuditDetailCodec.changes(detail);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, entityType, entityId,
                AuditDetailCodec.read(detailKey, detailArgs, detailChanges, detail), remoteAddress);
    }
}
