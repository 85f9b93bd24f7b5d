package com.keyaccount.portal.customer;

import com.keyaccount.portal.approval.ApprovalSubject;
import com.keyaccount.portal.approval.ApprovalType;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.ContractFileRepository;
import com.keyaccount.portal.customer.repository.CustomerContractRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.CustomerSurveyRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request types of the customer lifecycle. Each describes its object for the submitting person and refuses what
 * they may not ask for; the outcome is handled by {@link CustomerApprovalJob}.
 */
@Configuration(proxyBeanMethods = false)
class CustomerApprovalTypes {

    static final String MATERIAL_DISPOSAL = "customer.materialDisposal";

    /** 交易开始调查书 (000 客户名册管理制度 第五条): an archive under survey with a complete report, by its editors. */
    @Bean
    ApprovalType tradeSurveyApproval(CustomerRepository customers, CustomerSurveyRepository surveys,
            CustomerAccess access) {
        return new Type(CustomerLifecycleService.TRADE_SURVEY, id -> {
            Customer c = customers.findById(id).orElseThrow(() -> new BusinessException("customer.notFound"));
            access.requireEdit(c);
            // PENDING_APPROVAL: a returned request being resubmitted; the approval module refuses a second open one
            if (c.getStatus() != CustomerStatus.SURVEYING && c.getStatus() != CustomerStatus.PENDING_APPROVAL) {
                throw CustomerLifecycleService.illegal(c.getStatus(), CustomerStatus.PENDING_APPROVAL);
            }
            if (!surveys.findById(id).map(CustomerSurvey::isReportComplete).orElse(false)) {
                throw new BusinessException("customer.survey.incomplete");
            }
            return subject(c);
        });
    }

    /** 注销 of a prospect, a stopped survey or an ended trade. */
    @Bean
    ApprovalType deregistrationApproval(CustomerRepository customers, CustomerAccess access) {
        return new Type(CustomerLifecycleService.DEREGISTRATION, id -> {
            Customer c = customers.findById(id).orElseThrow(() -> new BusinessException("customer.notFound"));
            access.requireEdit(c);
            if (!CustomerLifecycleService.DEREGISTRABLE.contains(c.getStatus())) {
                throw CustomerLifecycleService.illegal(c.getStatus(), CustomerStatus.DEREGISTERED);
            }
            return subject(c);
        });
    }

    /**
     * Disposal of an attachment of an ended or deregistered archive (000 客户名册管理制度 第九条: 完全不可能恢复的客户资料,
     * 经大客户部经理批准后另行处理), asked by a superior of the archive's staff; the object is the file.
     */
    @Bean
    ApprovalType materialDisposalApproval(CustomerRepository customers, CustomerContractRepository contracts,
            ContractFileRepository files, CustomerAccess access) {
        return new Type(MATERIAL_DISPOSAL, fileId -> {
            ContractFile file = files.findById(fileId)
                    .orElseThrow(() -> new BusinessException("customer.contract.file.notFound"));
            CustomerContract contract = contracts.findById(file.getContractId()).orElseThrow();
            Customer c = customers.findById(contract.getCustomerId()).orElseThrow();
            access.requireSupervisor(c);
            if (!ContractService.ENDED.contains(c.getStatus())) {
                throw new BusinessException("customer.contract.file.disposalNotNeeded");
            }
            return new ApprovalSubject(CustomerAudit.ENTITY, file.getFileName() + " · " + c.getName(),
                    CustomerLifecycleService.route(c), c.getOwnerEmployeeId());
        });
    }

    private static ApprovalSubject subject(Customer c) {
        return new ApprovalSubject(CustomerAudit.ENTITY, c.getName(), CustomerLifecycleService.route(c),
                c.getOwnerEmployeeId());
    }

    private interface Describer {
        ApprovalSubject describe(long objectId);
    }

    private record Type(String key, Describer describer) implements ApprovalType {

        @Override
        public ApprovalSubject describe(long objectId) {
            return describer.describe(objectId);
        }
    }
}
