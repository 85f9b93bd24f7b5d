package com.keyaccount.portal.customer;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.Decision;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Brings archives of zhangwei (大客户一组) to a lifecycle stage, through the services or, for bulk tests, directly. */
@Component
public class LifecycleFixtures {

    final CustomerService customers;
    final CustomerSurveyService surveys;
    final CustomerLifecycleService lifecycle;
    final ContractService contracts;
    final ApprovalService approvals;
    final AuditService audit;
    final DemoUsers demo;
    final CustomerRepository repository;
    final TransactionTemplate transaction;

    LifecycleFixtures(CustomerService customers, CustomerSurveyService surveys, CustomerLifecycleService lifecycle,
            ContractService contracts, ApprovalService approvals, AuditService audit, DemoUsers demo,
            CustomerRepository repository, PlatformTransactionManager transactions) {
        this.customers = customers;
        this.surveys = surveys;
        this.lifecycle = lifecycle;
        this.contracts = contracts;
        this.approvals = approvals;
        this.audit = audit;
        this.demo = demo;
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A new prospect owned by zhangwei, personal level. */
    public long prospect(String name) {
        return demo.as(DemoUsers.EMPLOYEE, () -> customers.create(CustomerFixtures.draft(name + System.nanoTime())));
    }

    /** A survey with the report the approvers need (000 选择制度 第八条). */
    public static SurveyDraft completeSurvey(SurveyDraft draft) {
        draft.setHistory("1998 年成立");
        draft.setTradeReasons("区域龙头经销商，渠道覆盖全省");
        draft.setTradePolicy("月结 30 天，年度返利");
        draft.setTradeProducts("办公用品、打印耗材");
        draft.setTradeAmount(new BigDecimal("1200000.00"));
        draft.setSurveyResults("信用良好，实地调查通过");
        return draft;
    }

    /** A prospect under survey with a complete report, as zhangwei. */
    public long surveyed(String name) {
        long id = prospect(name);
        demo.run(DemoUsers.EMPLOYEE, () -> {
            lifecycle.startSurvey(id);
            surveys.save(id, completeSurvey(surveys.loadDraft(id)));
        });
        return id;
    }

    public void decide(String login, long requestId, Decision decision, String comment) {
        demo.run(login, () -> approvals.decide(requestId, decision, comment, approvals.find(requestId).version()));
    }

    /** Through the whole chain 负责人 → 部门主管 → 总经理: the archive waits for contracts. */
    public long contracting(String name) {
        long id = surveyed(name);
        long request = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.submitTradeSurvey(id));
        decide(DemoUsers.MANAGER, request, Decision.APPROVE, null);
        decide(DemoUsers.DEPARTMENT_HEAD, request, Decision.APPROVE, null);
        decide(DemoUsers.GENERAL_MANAGER, request, Decision.APPROVE, null);
        return id;
    }

    /** Moves the archive straight to a status (bulk tests of later stages), bypassing the approvals. */
    public void force(long id, CustomerStatus... path) {
        transaction.executeWithoutResult(status -> {
            Customer c = repository.findById(id).orElseThrow();
            for (CustomerStatus next : path) {
                c.moveTo(next, null, Instant.now());
            }
            repository.saveAndFlush(c);
        });
    }

    public static ContractDraft contract(ContractKind kind, String number) {
        ContractDraft draft = new ContractDraft();
        draft.setKind(kind);
        draft.setContractNo(number);
        draft.setSignedOn(LocalDate.now().minusMonths(1));
        draft.setStartsOn(LocalDate.now().minusMonths(1));
        draft.setAmount(new BigDecimal("500000.00"));
        draft.setOurSigner("王建国");
        draft.setTheirSigner("林总");
        return draft;
    }

    public List<String> auditActions(long customerId) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null, CustomerAudit.ENTITY,
                Long.toString(customerId), null, null), PageRequest.of(0, 200))).stream()
                .map(AuditEntry::action).toList();
    }
}
