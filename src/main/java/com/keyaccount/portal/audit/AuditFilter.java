package com.keyaccount.portal.audit;

import java.io.Serializable;
import java.time.Instant;

/** Filters for the audit log; null means "any". {@code to} is exclusive. */
public record AuditFilter(String actor, String action, Instant from, Instant to) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
