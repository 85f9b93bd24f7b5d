package com.keyaccount.portal.approval;

import com.keyaccount.portal.approval.repository.ApprovalRequestRepository;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.org.EmployeeLeft;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an approver leaves (离职), the steps waiting for their decision go to whom the step's rule names now (with
 * the escalation of {@link ApproverResolver}), who is notified; steps not yet current are re-resolved when they
 * become current. A step nobody else can take stays with the leaver and is logged: an administrator changes the chain.
 */
@Component
class ApproverLeftListener {

    private static final Logger log = LoggerFactory.getLogger(ApproverLeftListener.class);

    private final ApprovalRequestRepository requests;
    private final ApproverResolver resolver;
    private final ApprovalTypes types;
    private final AuditService audit;
    private final NotificationService notifications;
    private final TransactionTemplate ownTransaction;

    ApproverLeftListener(ApprovalRequestRepository requests, ApproverResolver resolver, ApprovalTypes types,
            AuditService audit, NotificationService notifications, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.resolver = resolver;
        this.types = types;
        this.audit = audit;
        this.notifications = notifications;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void onLeft(EmployeeLeft left) {
        ownTransaction.executeWithoutResult(status -> requests.findPendingSteps(left.employeeId())
                .forEach(this::reassign));
    }

    private void reassign(ApprovalStep step) {
        ApprovalRequest request = step.getRequest();
        String before = step.getApproverName();
        try {
            step.assign(resolver.resolve(new ChainStepDraft(step.getRule(), step.getOfficeTitle()), step.getStepNo(),
                    request.getRequesterId(), request.getOwnerId()));
        } catch (BusinessException e) {
            log.warn("Approval request {} step {}: no approver after {} left ({})", request.getId(),
                    step.getStepNo(), before, e.messageKey());
            return;
        }
        String typeName = AuditDetail.translated(types.nameKey(request.getTypeKey()));
        audit.record(ApprovalAudit.REASSIGNED, ApprovalAudit.ENTITY, request.getId(), AuditDetail.of(
                "approval.audit.reassigned", typeName, request.getObjectLabel(), step.getStepNo(), before,
                step.getApproverName()));
        notifications.notify(step.getApproverId(), "approval.notice.waiting",
                List.of(typeName, request.getObjectLabel(), request.getRequesterName()), "approvals/" + request.getId());
    }
}
