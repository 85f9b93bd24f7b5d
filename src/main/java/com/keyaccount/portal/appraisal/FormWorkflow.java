package com.keyaccount.portal.appraisal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The appraisal state machine, in one place: draft → self-assessment submitted → scored by the manager → opinions from
 * the related departments (when the template asks for them) → signed by the manager → approved by the department head
 * → final; a reviewer may return a self-assessment to the employee, the department head may return a signed form to
 * the employee or to scoring, and a department head may reopen a final form for scoring. Returns and reopening need a
 * reason. Who may act is decided by the service ({@code AppraisalWorkflowService}); this class says which moves exist.
 */
public final class FormWorkflow {

    private FormWorkflow() {
    }

    /**
     * The state after {@code action}, or the refusal {@code appraisal.workflow.illegal} when the move does not exist.
     *
     * @param status      the form's state
     * @param action      the move
     * @param hasOpinions whether the template asks related departments for opinions
     * @param returnTo    for {@link FormAction#RETURN}: the state to go back to; ignored otherwise
     */
    public static FormStatus next(FormStatus status, FormAction action, boolean hasOpinions, FormStatus returnTo) {
        FormStatus next = switch (action) {
            case SUBMIT_SELF -> status == FormStatus.DRAFT ? FormStatus.SELF_ASSESSED : null;
            case SUBMIT_SCORES -> status == FormStatus.SELF_ASSESSED
                    ? (hasOpinions ? FormStatus.OPINIONS : FormStatus.SCORED) : null;
            case GIVE_OPINION -> status == FormStatus.OPINIONS ? FormStatus.OPINIONS : null;
            case SIGN -> status == FormStatus.SCORED ? FormStatus.SIGNED : null;
            case APPROVE -> status == FormStatus.SIGNED ? FormStatus.FINAL : null;
            case RETURN -> returnTargets(status).contains(returnTo) ? returnTo : null;
            case REOPEN -> status == FormStatus.FINAL ? FormStatus.SELF_ASSESSED : null;
        };
        if (next == null) {
            throw AppraisalProblem.of("appraisal.workflow.illegal", action.name(), status.name()).toException();
        }
        return next;
    }

    /** The states a form in {@code status} may be returned to; empty when it cannot be returned. */
    public static Set<FormStatus> returnTargets(FormStatus status) {
        return switch (status) {
            case SELF_ASSESSED, OPINIONS, SCORED -> EnumSet.of(FormStatus.DRAFT);
            case SIGNED -> EnumSet.of(FormStatus.DRAFT, FormStatus.SELF_ASSESSED);
            default -> EnumSet.noneOf(FormStatus.class);
        };
    }

    /** Whether the form's content may still change (everything but a final form). */
    public static boolean editable(FormStatus status) {
        return status != FormStatus.FINAL;
    }
}
