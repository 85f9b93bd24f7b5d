package com.keyaccount.portal.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * Filters for the audit log; null or blank means "any". {@code actor} matches usernames that start with it
 * (case-insensitive); {@code entityType} and {@code entityId} match exactly ("who opened customer 123"); {@code to}
 * is exclusive.
 */
public record AuditFilter(String actor, String action, String entityType, String entityId, Instant from, Instant to)
        implements Serializable {

    /** A filter without an object. */
    public AuditFilter(String actor, String action, Instant from, Instant to) {
        this(actor, action, null, null, from, to);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }

    /** Everything done to one object, e.g. {@code forEntity("Customer", 123)}. */
    public static AuditFilter forEntity(String entityType, Object entityId) {
        return new AuditFilter(null, null, entityType, entityId == null ? null : entityId.toString(), null, null);
    }
}
