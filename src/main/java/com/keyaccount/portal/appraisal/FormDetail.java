package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One form as the form view shows it to the signed-in person: what they may see of it and what they may do. Before
 * a form is final its employee sees only their own part (no scores, no comments, no result).
 *
 * @param scorecard   the form's content, scores and signatures (reviewer parts left out for the employee until final)
 * @param version     the form's version, to send back with a change
 * @param due         the due date of the current step, or null
 * @param overdue     whether the current step is past due
 * @param lastReason  the reason of the last return or reopening, or null
 * @param history     every move, oldest first
 * @param opinions    the opinions with what the person may do with each
 * @param allowed     what the person may do
 * @param selfOnly    whether the person sees only the self part
 */
public record FormDetail(Scorecard scorecard, long version, LocalDate due, boolean overdue, String lastReason,
        List<AppraisalFormEvent.FormEventLine> history, List<OpinionView> opinions, Allowed allowed,
        boolean selfOnly) {

    public FormDetail {
        history = List.copyOf(history);
        opinions = List.copyOf(opinions);
    }

    /**
     * One related department's opinion with its row id and version.
     *
     * @param id      the opinion row
     * @param version its version
     * @param entry   the opinion
     * @param mine    whether the person may give it now
     * @param delegable whether the person may name a delegate to give it (that department's head, whoever runs the
     *                  cycle) while it is pending
     * @param scored  whether the template asks a score
     * @param min     the lowest score, or null
     * @param max     the highest score, or null
     */
    public record OpinionView(long id, long version, OpinionEntry entry, boolean mine, boolean delegable,
            boolean scored, BigDecimal min, BigDecimal max) {
    }

    /**
     * What the signed-in person may do with the form now.
     *
     * @param editSelf      write and submit the self-assessment
     * @param score         enter and submit the scores
     * @param sign          sign
     * @param approve       approve
     * @param returnTargets the states the person may return the form to (empty when none)
     * @param reopen        reopen the final form
     */
    public record Allowed(boolean editSelf, boolean score, boolean sign, boolean approve,
            Set<FormStatus> returnTargets, boolean reopen) {

        public Allowed {
            returnTargets = Set.copyOf(returnTargets);
        }

        static Allowed nothing() {
            return new Allowed(false, false, false, false, Set.of(), false);
        }
    }
}
