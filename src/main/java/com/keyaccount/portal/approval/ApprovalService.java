package com.keyaccount.portal.approval;

import com.keyaccount.portal.approval.repository.ApprovalChainRepository;
import com.keyaccount.portal.approval.repository.ApprovalRequestRepository;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Pages;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.security.PortalUser;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Approvals (审批) for every module: submit a request of a registered {@link ApprovalType}, decide its steps, follow
 * it. Each step's approver is resolved from the organisation at submission ({@link ApproverResolver}) and again when
 * the step becomes current if that person has left. Only the current step's approver decides; every submission and
 * decision is audited, the next approver and the requester are notified, and a final outcome is published as
 * {@link ApprovalCompleted} after commit. Someone not involved in a request is told it does not exist.
 */
@Service
public class ApprovalService {

    private static final List<ApprovalStatus> OPEN = List.of(ApprovalStatus.IN_PROGRESS, ApprovalStatus.RETURNED);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "updatedAt");

    private final ApprovalRequestRepository requests;
    private final ApprovalChainRepository chains;
    private final ApprovalTypes types;
    private final ApproverResolver resolver;
    private final AuditService audit;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApprovalService(ApprovalRequestRepository requests, ApprovalChainRepository chains, ApprovalTypes types,
            ApproverResolver resolver, AuditService audit, NotificationService notifications,
            ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.chains = chains;
        this.types = types;
        this.resolver = resolver;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Submits a request of the type about the object, as the signed-in person; one open request per object and type. */
    @PreAuthorize(Permissions.Approval.HAS_USE)
    @Transactional
    public long submit(String typeKey, long objectId) {
        PortalUser me = currentUser.require();
        ApprovalType type = types.require(typeKey);
        if (requests.existsByTypeKeyAndObjectIdAndStatusIn(typeKey, objectId, OPEN)) {
            throw new BusinessException("approval.alreadyOpen");
        }
        ApprovalSubject subject = type.describe(objectId);
        ApprovalRequest request = new ApprovalRequest(typeKey, objectId, me.employeeId(), me.displayName());
        request.startRound(subject, resolve(typeKey, me.employeeId(), subject), clock.instant());
        requests.save(request);
        audit.record(ApprovalAudit.SUBMITTED, ApprovalAudit.ENTITY, request.getId(), AuditDetail.of(
                "approval.audit.submitted", typeName(request), request.getObjectLabel(), request.getRound()));
        notifyCurrentApprover(request);
        return request.getId();
    }

    /** The current approver approves, rejects or returns (the last two with a comment). */
    @PreAuthorize(Permissions.Approval.HAS_USE)
    @Transactional
    public void decide(long requestId, Decision decision, String comment, long expectedVersion) {
        long me = currentUser.require().employeeId();
        ApprovalRequest request = load(requestId, me);
        Versions.require(ApprovalRequest.class, requestId, request.getVersion(), expectedVersion);
        int stepNo = request.current().map(ApprovalStep::getStepNo).orElse(0);
        request.decide(me, decision, comment, clock.instant()).ifPresent(next -> reassignIfLeft(request, next));
        audit.record(ApprovalAudit.of(decision), ApprovalAudit.ENTITY, requestId, AuditDetail.of(
                "approval.audit.decided", typeName(request), request.getObjectLabel(), stepNo,
                comment == null ? "" : comment.strip()));
        String approverName = currentUser.require().displayName();
        switch (request.getStatus()) {
            case IN_PROGRESS -> notifyCurrentApprover(request);
            case APPROVED -> notifyRequester(request, "approval.notice.approved", approverName);
            case REJECTED -> notifyRequester(request, "approval.notice.rejected", approverName);
            case RETURNED -> notifyRequester(request, "approval.notice.returned", approverName);
            case WITHDRAWN -> throw new IllegalStateException("a decision never withdraws");
        }
        if (request.getStatus().isFinal()) {
            publishAfterCommit(request);
        }
    }

    /** The requester takes back a request in progress or returned; its open steps are cancelled. */
    @PreAuthorize(Permissions.Approval.HAS_USE)
    @Transactional
    public void withdraw(long requestId, long expectedVersion) {
        long me = currentUser.require().employeeId();
        ApprovalRequest request = load(requestId, me);
        Versions.require(ApprovalRequest.class, requestId, request.getVersion(), expectedVersion);
        request.withdraw(me, clock.instant());
        audit.record(ApprovalAudit.WITHDRAWN, ApprovalAudit.ENTITY, requestId,
                AuditDetail.of("approval.audit.withdrawn", typeName(request), request.getObjectLabel()));
        publishAfterCommit(request);
    }

    /**
     * The requester submits a returned request again (after editing the object): a new round from step 1, with the
     * current chain and approvers resolved afresh.
     */
    @PreAuthorize(Permissions.Approval.HAS_USE)
    @Transactional
    public void resubmit(long requestId, long expectedVersion) {
        long me = currentUser.require().employeeId();
        ApprovalRequest request = load(requestId, me);
        Versions.require(ApprovalRequest.class, requestId, request.getVersion(), expectedVersion);
        if (me != request.getRequesterId()) {
            throw new BusinessException("approval.notRequester");
        }
        if (request.getStatus() != ApprovalStatus.RETURNED) {
            throw new BusinessException("approval.notReturned");
        }
        ApprovalSubject subject = types.require(request.getTypeKey()).describe(request.getObjectId());
        request.resubmit(me, subject, resolve(request.getTypeKey(), me, subject), clock.instant());
        audit.record(ApprovalAudit.RESUBMITTED, ApprovalAudit.ENTITY, requestId, AuditDetail.of(
                "approval.audit.submitted", typeName(request), request.getObjectLabel(), request.getRound()));
        notifyCurrentApprover(request);
    }

    /** A request with its steps, for its requester and its approvers. */
    @PreAuthorize(Permissions.Approval.HAS_USE)
    @Transactional(readOnly = true)
    public ApprovalRequestDetail find(long requestId) {
        long me = currentUser.require().employeeId();
        ApprovalRequest request = load(requestId, me);
        boolean requester = request.getRequesterId() == me;
        boolean myTurn = request.current().map(step -> step.getApproverId() == me).orElse(false) && !requester;
        List<ApprovalStepView> steps = request.getSteps().stream().map(s -> new ApprovalStepView(s.getRound(),
                s.getStepNo(), s.getRule(), s.getOfficeTitle(), s.getApproverName(), s.isEscalated(), s.getState(),
                s.getComment(), s.getActivatedAt(), s.getDecidedAt())).toList();
        return new ApprovalRequestDetail(request.getId(), request.getVersion(), types.nameKey(request.getTypeKey()),
                request.getObjectLabel(), request.getObjectRoute(), request.getRequesterName(), request.getStatus(),
                request.getRound(), request.getSubmittedAt(), request.getUpdatedAt(), steps, myTurn,
                requester && !request.getStatus().isFinal(), requester && request.getStatus() == ApprovalStatus.RETURNED);
    }

    /** The signed-in person's own requests (all when {@code status} is null), newest change first unless sorted. */
    @PreAuthorize(Permissions.Approval.HAS_USE)
    @Transactional(readOnly = true)
    public List<ApprovalRequestSummary> findMine(ApprovalStatus status, Pageable pageable) {
        long me = currentUser.require().employeeId();
        return requests.findByRequester(me, status, Pages.withDefaultSort(pageable, NEWEST_FIRST)).stream()
                .map(r -> new ApprovalRequestSummary(r.getId(), types.nameKey(r.getTypeKey()), r.getObjectLabel(),
                        r.getStatus(), r.current().map(ApprovalStep::getApproverName).orElse(null),
                        r.getSubmittedAt(), r.getUpdatedAt()))
                .toList();
    }

    @PreAuthorize(Permissions.Approval.HAS_USE)
    @Transactional(readOnly = true)
    public long countMine(ApprovalStatus status) {
        return requests.countByRequester(currentUser.require().employeeId(), status);
    }

    private ApprovalRequest load(long requestId, long me) {
        return requests.findById(requestId).filter(request -> request.involves(me))
                .orElseThrow(() -> new BusinessException("approval.notFound"));
    }

    private List<ResolvedStep> resolve(String typeKey, long requesterId, ApprovalSubject subject) {
        ApprovalChain chain = chains.findByTypeKey(typeKey)
                .orElseThrow(() -> new BusinessException("approval.noChain", typeKey));
        List<ChainStepDraft> steps = chain.getSteps().stream().map(ApprovalChainStep::toDraft).toList();
        return resolver.resolve(steps, requesterId, subject.ownerEmployeeId());
    }

    /** A step resolved at submission whose approver has left since goes to whom its rule names now. */
    private void reassignIfLeft(ApprovalRequest request, ApprovalStep step) {
        if (!resolver.isActive(step.getApproverId())) {
            step.assign(resolver.resolve(new ChainStepDraft(step.getRule(), step.getOfficeTitle()), step.getStepNo(),
                    request.getRequesterId(), request.getOwnerId()));
        }
    }

    private void notifyCurrentApprover(ApprovalRequest request) {
        request.current().ifPresent(step -> notifications.notify(step.getApproverId(), "approval.notice.waiting",
                List.of(typeName(request), request.getObjectLabel(), request.getRequesterName()), route(request)));
    }

    private void notifyRequester(ApprovalRequest request, String messageKey, String approverName) {
        notifications.notify(request.getRequesterId(), messageKey,
                List.of(typeName(request), request.getObjectLabel(), approverName), route(request));
    }

    private String typeName(ApprovalRequest request) {
        return AuditDetail.translated(types.nameKey(request.getTypeKey()));
    }

    private static String route(ApprovalRequest request) {
        return "approvals/" + request.getId();
    }

    /** Listeners react to an outcome that is committed, never to one a later failure rolls back. */
    private void publishAfterCommit(ApprovalRequest request) {
        ApprovalCompleted completed = new ApprovalCompleted(request.getId(), request.getTypeKey(),
                request.getObjectId(), request.getStatus());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(completed);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(completed);
            }
        });
    }
}
