package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.Instant;

/**
 * One change of a customer's grade: computed and effective grade after it, whether an override was in force, the
 * override's reason, and who changed it ({@code bySystem} for the nightly recomputation).
 */
public record GradeHistoryEntry(GradeScheme scheme, String computed, String effective, boolean overridden,
        String reason, String actorName, boolean bySystem, Instant changedAt) implements Serializable {
}
