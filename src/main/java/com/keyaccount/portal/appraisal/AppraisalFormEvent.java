package com.keyaccount.portal.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a form through the workflow, shown as the form's history (the audit log records it as well). */
@Entity
@Table(name = "appraisal_form_event")
public class AppraisalFormEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private AppraisalForm form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FormAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private FormStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private FormStatus toStatus;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String reason;

    protected AppraisalFormEvent() {
    }

    AppraisalFormEvent(AppraisalForm form, FormAction action, FormStatus from, FormStatus to, long actorId,
            String actorName, Instant occurredAt, String reason) {
        this.form = form;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actorId = actorId;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    /** The event as a record for views. */
    public FormEventLine toLine() {
        return new FormEventLine(action, fromStatus, toStatus, actorName, occurredAt, reason);
    }

    /**
     * One line of a form's history.
     *
     * @param action the move
     * @param from   the state before
     * @param to     the state after
     * @param actor  who moved it
     * @param at     when
     * @param reason the reason of a return or reopening, or null
     */
    public record FormEventLine(FormAction action, FormStatus from, FormStatus to, String actor, Instant at,
            String reason) {
    }
}
