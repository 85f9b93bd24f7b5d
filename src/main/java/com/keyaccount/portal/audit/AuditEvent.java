package com.keyaccount.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit row (审计日志): who did what to which record, when and from where. Never changed once written. */
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

    @Column(updatable = false)
    private String detail;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String entityType, String entityId, String detail,
            String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 50);
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = truncate(detail, 500);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, entityType, entityId, detail, remoteAddress);
    }
}
