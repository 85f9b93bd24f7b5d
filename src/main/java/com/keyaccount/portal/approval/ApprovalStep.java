package com.keyaccount.portal.approval;

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

/** One step of one round of a request: who approves it, and what they decided, with their comment and when. */
@Entity
@Table(name = "approval_step")
public class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ApprovalRequest request;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "approver_rule", nullable = false)
    private ApproverRule rule;

    @Column(name = "office_title")
    private String officeTitle;

    @Column(name = "approver_employee_id", nullable = false)
    private long approverId;

    @Column(name = "approver_name", nullable = false)
    private String approverName;

    @Column(nullable = false)
    private boolean escalated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepState state;

    @Column(name = "decision_comment")
    private String comment;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ApprovalStep() {
    }

    ApprovalStep(ApprovalRequest request, int round, int stepNo, ResolvedStep resolved) {
        this.request = request;
        this.round = round;
        this.stepNo = stepNo;
        this.rule = resolved.rule();
        this.officeTitle = resolved.officeTitle();
        assign(resolved);
        this.state = StepState.WAITING;
    }

    void assign(ResolvedStep resolved) {
        this.approverId = resolved.approverId();
        this.approverName = resolved.approverName();
        this.escalated = resolved.escalated();
    }

    void activate(Instant now) {
        state = StepState.PENDING;
        activatedAt = now;
    }

    void decide(StepState outcome, String decisionComment, Instant now) {
        state = outcome;
        comment = decisionComment;
        decidedAt = now;
    }

    void cancel() {
        state = StepState.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    ApprovalRequest getRequest() {
        return request;
    }

    public int getRound() {
        return round;
    }

    public int getStepNo() {
        return stepNo;
    }

    public ApproverRule getRule() {
        return rule;
    }

    public String getOfficeTitle() {
        return officeTitle;
    }

    public long getApproverId() {
        return approverId;
    }

    public String getApproverName() {
        return approverName;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public StepState getState() {
        return state;
    }

    public String getComment() {
        return comment;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
