package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.Instant;

/**
 * One scheme's grade of a customer: the computed grade, the effective one (the override if a supervisor set one) and
 * the override's reason, author and time. Grades are the enum constants' names; null = none.
 */
public record SchemeGrade(GradeScheme scheme, String computed, String effective, String override,
        String overrideReason, String overrideByName, Instant overrideAt) implements Serializable {

    public boolean overridden() {
        return override != null;
    }
}
