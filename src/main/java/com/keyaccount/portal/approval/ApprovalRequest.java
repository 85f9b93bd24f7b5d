package com.keyaccount.portal.approval;

import com.keyaccount.portal.base.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request of a type about an object, walking its steps in order (审批). The state machine lives here: only the
 * current step's approver decides, never the requester; approving the last step approves the request, rejecting
 * rejects it, returning hands it back to the requester, who may resubmit it (a new round from step 1) or withdraw it.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

    /** Longest object label stored; longer ones are cut. */
    static final int MAX_LABEL = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "type_key", nullable = false)
    private String typeKey;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private long objectId;

    @Column(name = "object_label", nullable = false)
    private String objectLabel;

    @Column(name = "object_route")
    private String objectRoute;

    @Column(name = "owner_employee_id")
    private Long ownerId;

    @Column(name = "requester_employee_id", nullable = false)
    private long requesterId;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStatus status;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "current_step_no")
    private Integer currentStepNo;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("round, stepNo")
    private List<ApprovalStep> steps = new ArrayList<>();

    protected ApprovalRequest() {
    }

    ApprovalRequest(String typeKey, long objectId, long requesterId, String requesterName) {
        this.typeKey = typeKey;
        this.objectId = objectId;
        this.requesterId = requesterId;
        this.requesterName = requesterName;
    }

    /** Starts a round at step 1 (the first submission, or a resubmission after a return). */
    void startRound(ApprovalSubject subject, List<ResolvedStep> chain, Instant now) {
        if (chain.isEmpty()) {
            throw new BusinessException("approval.noSteps");
        }
        if (round == 0) {
            submittedAt = now;
        }
        round++;
        objectType = subject.objectType();
        objectLabel = subject.label().length() > MAX_LABEL ? subject.label().substring(0, MAX_LABEL) : subject.label();
        objectRoute = subject.route();
        ownerId = subject.ownerEmployeeId();
        for (int i = 0; i < chain.size(); i++) {
            steps.add(new ApprovalStep(this, round, i + 1, chain.get(i)));
        }
        status = ApprovalStatus.IN_PROGRESS;
        currentStepNo = 1;
        current().orElseThrow().activate(now);
        updatedAt = now;
    }

    /** Resubmits a returned request: only its requester may, and the new round resolves its approvers afresh. */
    void resubmit(long actorId, ApprovalSubject subject, List<ResolvedStep> chain, Instant now) {
        requireRequester(actorId);
        if (status != ApprovalStatus.RETURNED) {
            throw new BusinessException("approval.notReturned");
        }
        startRound(subject, chain, now);
    }

    /**
     * The current approver's decision. Returns the step that is current afterwards (the next one after an approval
     * that did not finish the chain), or empty when the request left the approvers' hands.
     */
    Optional<ApprovalStep> decide(long actorId, Decision decision, String comment, Instant now) {
        if (status != ApprovalStatus.IN_PROGRESS) {
            throw new BusinessException("approval.notInProgress");
        }
        if (actorId == requesterId) {
            // resolution never assigns the requester; this guards a request whose requester later became an approver
            throw new BusinessException("approval.selfApproval");
        }
        ApprovalStep step = current().orElseThrow(() -> new BusinessException("approval.notInProgress"));
        if (step.getApproverId() != actorId) {
            throw new BusinessException("approval.notYourTurn", step.getApproverName());
        }
        String text = comment == null ? "" : comment.strip();
        if (decision == null) {
            throw new BusinessException("approval.decisionRequired");
        }
        if (decision.needsComment() && text.isEmpty()) {
            throw BusinessException.onField("comment", "approval.commentRequired");
        }
        if (text.length() > Decision.MAX_COMMENT) {
            throw BusinessException.onField("comment", "approval.commentTooLong", Decision.MAX_COMMENT);
        }
        updatedAt = now;
        String stored = text.isEmpty() ? null : text;
        switch (decision) {
            case APPROVE -> {
                step.decide(StepState.APPROVED, stored, now);
                Optional<ApprovalStep> next = stepOfRound(step.getStepNo() + 1);
                if (next.isPresent()) {
                    currentStepNo = next.get().getStepNo();
                    next.get().activate(now);
                    return next;
                }
                finish(ApprovalStatus.APPROVED);
            }
            case REJECT -> {
                step.decide(StepState.REJECTED, stored, now);
                finish(ApprovalStatus.REJECTED);
            }
            case RETURN -> {
                step.decide(StepState.RETURNED, stored, now);
                finish(ApprovalStatus.RETURNED);
            }
        }
        return Optional.empty();
    }

    /** The requester takes the request back, while it is in progress or returned. */
    void withdraw(long actorId, Instant now) {
        requireRequester(actorId);
        if (status != ApprovalStatus.IN_PROGRESS && status != ApprovalStatus.RETURNED) {
            throw new BusinessException("approval.notWithdrawable");
        }
        finish(ApprovalStatus.WITHDRAWN);
        updatedAt = now;
    }

    private void finish(ApprovalStatus outcome) {
        status = outcome;
        currentStepNo = null;
        steps.stream().filter(s -> s.getRound() == round)
                .filter(s -> s.getState() == StepState.WAITING || s.getState() == StepState.PENDING)
                .forEach(ApprovalStep::cancel);
    }

    private void requireRequester(long actorId) {
        if (actorId != requesterId) {
            throw new BusinessException("approval.notRequester");
        }
    }

    private Optional<ApprovalStep> stepOfRound(int stepNo) {
        return steps.stream().filter(s -> s.getRound() == round && s.getStepNo() == stepNo).findFirst();
    }

    /** The step waiting for a decision, while the request is in progress. */
    public Optional<ApprovalStep> current() {
        return currentStepNo == null ? Optional.empty() : stepOfRound(currentStepNo);
    }

    /** Whether the employee is the requester or an approver of any step of any round. */
    boolean involves(long employeeId) {
        return requesterId == employeeId || steps.stream().anyMatch(s -> s.getApproverId() == employeeId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTypeKey() {
        return typeKey;
    }

    public String getObjectType() {
        return objectType;
    }

    public long getObjectId() {
        return objectId;
    }

    public String getObjectLabel() {
        return objectLabel;
    }

    public String getObjectRoute() {
        return objectRoute;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public long getRequesterId() {
        return requesterId;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public int getRound() {
        return round;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ApprovalStep> getSteps() {
        return List.copyOf(steps);
    }
}
