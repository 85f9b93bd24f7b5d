package com.keyaccount.portal.customer;

import com.keyaccount.portal.approval.ApprovalCompleted;
import com.keyaccount.portal.approval.ApprovalStatus;
import com.keyaccount.portal.security.SystemJobs;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the archive when one of its requests ends: the 交易开始调查书 approved → waiting for contracts, rejected or
 * withdrawn → back to the survey; a deregistration approved → 注销; a material disposal approved → the file is
 * deleted (000 客户名册管理制度 第五、九条). {@link ApprovalCompleted} arrives after the decision committed; the change
 * runs in a transaction of its own as the system (the decider may not edit the archive themselves).
 */
@Component
class CustomerApprovalJob {

    private final CustomerLifecycleService lifecycle;
    private final ContractService contracts;
    private final TransactionTemplate ownTransaction;

    CustomerApprovalJob(CustomerLifecycleService lifecycle, ContractService contracts,
            PlatformTransactionManager transactions) {
        this.lifecycle = lifecycle;
        this.contracts = contracts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void onCompleted(ApprovalCompleted completed) {
        Runnable change = switch (completed.type()) {
            case CustomerLifecycleService.TRADE_SURVEY ->
                () -> lifecycle.onTradeSurveyCompleted(completed.objectId(), completed.outcome());
            case CustomerLifecycleService.DEREGISTRATION -> completed.outcome() == ApprovalStatus.APPROVED
                    ? () -> lifecycle.onDeregistrationApproved(completed.objectId()) : null;
            case CustomerApprovalTypes.MATERIAL_DISPOSAL -> completed.outcome() == ApprovalStatus.APPROVED
                    ? () -> contracts.dispose(completed.objectId()) : null;
            default -> null;
        };
        if (change != null) {
            SystemJobs.run("customer.approval." + completed.type(),
                    () -> ownTransaction.executeWithoutResult(status -> change.run()));
        }
    }
}
