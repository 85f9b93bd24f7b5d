package com.keyaccount.portal.appraisal;

import java.time.LocalDate;

/**
 * The due date of each step of a cycle's forms; any may be left open (null).
 *
 * @param selfAssessment the employee's self-assessment
 * @param scoring        the reviewer's scoring
 * @param opinions       the related departments' opinions
 * @param signature      the reviewer's signature
 * @param approval       the department head's approval
 */
public record CycleDueDates(LocalDate selfAssessment, LocalDate scoring, LocalDate opinions, LocalDate signature,
        LocalDate approval) {

    public static CycleDueDates none() {
        return new CycleDueDates(null, null, null, null, null);
    }
}
