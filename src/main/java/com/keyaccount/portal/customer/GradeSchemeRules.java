package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A grade scheme's rules as the administrator edits them, in evaluation order, with the version the edit started from
 * and who saved last (null for the seeded defaults).
 */
public record GradeSchemeRules(GradeScheme scheme, long version, List<GradeThresholdRow> rows, Instant updatedAt,
        String updatedBy) implements Serializable {

    public GradeSchemeRules {
        rows = List.copyOf(rows);
    }
}
