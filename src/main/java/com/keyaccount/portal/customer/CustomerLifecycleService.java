package com.keyaccount.portal.customer;

import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.ApprovalStatus;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.CustomerContractRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.CustomerSurveyRepository;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The archive's lifecycle (000 大客户开发选择制度 第六–十二条; 000 大客户开发管理实施细则 第十二条; 000 客户名册管理制度
 * 第五、八、九条): each move a method with its own permission check, audit entry and a localized refusal of an illegal
 * move ({@code customer.lifecycle.illegal} naming both statuses).
 *
 * <p>Who may move: the archive's editors ({@link CustomerAccess#requireEdit}) survey, submit and activate; ending the
 * trade (交易终止 / 交易解除) is for the owner and the owner's superiors — 名册制度 第八、九条 give the removal to 市场部,
 * which the portal leaves to the people responsible for the archive — and only a superior reactivates an ended
 * archive. The customer code is assigned by an explicit {@link #activate} once the contracts are on file, so the
 * owner decides when the related departments are told.
 */
@Service
public class CustomerLifecycleService {

    private static final Logger log = LoggerFactory.getLogger(CustomerLifecycleService.class);

    static final String TRADE_SURVEY = "customer.tradeSurvey";
    static final String DEREGISTRATION = "customer.deregistration";
    /** Statuses from which an archive may be deregistered (注销). */
    static final Set<CustomerStatus> DEREGISTRABLE =
            EnumSet.of(CustomerStatus.PROSPECT, CustomerStatus.SURVEY_STOPPED, CustomerStatus.TERMINATED);
    static final int MAX_REASON = 1000;

    private final CustomerRepository customers;
    private final CustomerSurveyRepository surveys;
    private final CustomerContractRepository contracts;
    private final CustomerAccess access;
    private final CustomerCodeAssigner codes;
    private final ApprovalService approvals;
    private final OrgQueries org;
    private final NotificationService notifications;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate transaction;

    CustomerLifecycleService(CustomerRepository customers, CustomerSurveyRepository surveys,
            CustomerContractRepository contracts, CustomerAccess access, CustomerCodeAssigner codes,
            ApprovalService approvals, OrgQueries org, NotificationService notifications, AuditService audit,
            CurrentUser currentUser, Clock clock, ZoneId zone, PlatformTransactionManager transactions) {
        this.customers = customers;
        this.surveys = surveys;
        this.contracts = contracts;
        this.access = access;
        this.codes = codes;
        this.approvals = approvals;
        this.org = org;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Where the archive stands and which moves the signed-in person may make. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public LifecycleState state(long id) {
        Customer c = require(id);
        CustomerPermissions permissions = access.requireOpen(c);
        CustomerSurvey survey = surveys.findById(id).orElse(null);
        boolean complete = contractsComplete(c);
        Set<LifecycleAction> actions = EnumSet.noneOf(LifecycleAction.class);
        boolean edit = permissions.edit();
        CustomerStatus s = c.getStatus();
        boolean returned = s == CustomerStatus.PENDING_APPROVAL && edit && isReturned(survey);
        addIf(actions, LifecycleAction.START_SURVEY, edit && s == CustomerStatus.PROSPECT);
        addIf(actions, LifecycleAction.EDIT_SURVEY, edit && (s == CustomerStatus.PROSPECT
                || s == CustomerStatus.SURVEYING || s == CustomerStatus.SURVEY_STOPPED || returned));
        addIf(actions, LifecycleAction.STOP_SURVEY, edit && s == CustomerStatus.SURVEYING);
        addIf(actions, LifecycleAction.RESUME_SURVEY, edit && s == CustomerStatus.SURVEY_STOPPED);
        addIf(actions, LifecycleAction.SUBMIT_TRADE_SURVEY, edit && s == CustomerStatus.SURVEYING);
        addIf(actions, LifecycleAction.RESUBMIT_TRADE_SURVEY, returned);
        addIf(actions, LifecycleAction.ACTIVATE, edit && s == CustomerStatus.CONTRACTING && complete);
        addIf(actions, LifecycleAction.TERMINATE, s == CustomerStatus.ACTIVE
                && (permissions.supervise() || c.getOwnerEmployeeId() == me()));
        addIf(actions, LifecycleAction.REACTIVATE, s == CustomerStatus.TERMINATED && permissions.supervise());
        addIf(actions, LifecycleAction.REQUEST_DEREGISTRATION, edit && DEREGISTRABLE.contains(s));
        return new LifecycleState(id, c.getName(), s, c.getEndKind(), c.getStatusReason(), c.getCode(),
                survey == null ? null : survey.getTradeRequestId(), survey != null && survey.isReportComplete(),
                complete, permissions, actions);
    }

    /** 潜在客户 → 调查中: the general survey starts (选择制度 第六条). */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void startSurvey(long id) {
        Customer c = require(id);
        access.requireEdit(c);
        move(c, CustomerStatus.PROSPECT, CustomerStatus.SURVEYING, null, "startSurvey");
    }

    /**
     * 调查中 → 中止调查: a credit problem found during the survey; the owner's manager is told (开发细则 第十二条:
     * 须向上级汇报请求中止调查和业务洽谈).
     */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void stopSurvey(long id, String reason) {
        Customer c = require(id);
        access.requireEdit(c);
        String why = requireReason(reason);
        move(c, CustomerStatus.SURVEYING, CustomerStatus.SURVEY_STOPPED, why, "stopSurvey");
        org.managerChain(c.getOwnerEmployeeId()).stream().findFirst().ifPresent(manager -> notifications.notify(
                manager.id(), "customer.notice.surveyStopped",
                List.of(c.getName(), why, currentUser.require().displayName()), route(c)));
    }

    /** 中止调查 → 调查中. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void resumeSurvey(long id) {
        Customer c = require(id);
        access.requireEdit(c);
        move(c, CustomerStatus.SURVEY_STOPPED, CustomerStatus.SURVEYING, null, "resumeSurvey");
    }

    /**
     * Submits the 交易开始调查书 (名册制度 第五条: 负责人 → 部门主管认可 → 总经理) once its report is complete (选择制度
     * 第八条); the archive waits in {@link CustomerStatus#PENDING_APPROVAL}. Returns the approval request's id.
     */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long submitTradeSurvey(long id) {
        Customer c = require(id);
        access.requireEdit(c);
        requireFrom(c, CustomerStatus.SURVEYING, CustomerStatus.PENDING_APPROVAL);
        CustomerSurvey survey = surveys.findById(id).filter(CustomerSurvey::isReportComplete)
                .orElseThrow(() -> new BusinessException("customer.survey.incomplete"));
        long requestId = approvals.submit(TRADE_SURVEY, id);
        survey.setTradeRequestId(requestId);
        move(c, CustomerStatus.SURVEYING, CustomerStatus.PENDING_APPROVAL, null, "submitTradeSurvey");
        return requestId;
    }

    /** Sends a returned 交易开始调查书 to its approvers again, from the first step. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void resubmitTradeSurvey(long id) {
        Customer c = require(id);
        access.requireEdit(c);
        CustomerSurvey survey = surveys.findById(id).orElseThrow(() -> new BusinessException("customer.survey.incomplete"));
        if (c.getStatus() != CustomerStatus.PENDING_APPROVAL || !isReturned(survey)) {
            throw new BusinessException("customer.lifecycle.notReturned");
        }
        if (!survey.isReportComplete()) {
            throw new BusinessException("customer.survey.incomplete");
        }
        approvals.resubmit(survey.getTradeRequestId(), approvals.find(survey.getTradeRequestId()).version());
        audit.record(LifecycleAudit.MOVED, CustomerAudit.ENTITY, id, AuditDetail.of("customer.audit.resubmitted",
                c.getName()));
    }

    /**
     * Assigns the customer code and makes the archive active (选择制度 第十一条) once the contracts are on file: a signed
     * 供货合同 and 质量保证合同 (第九、十条), or a 销售协议 or VIP客户协议 (001 一篇 第8条). The related departments are
     * told (第十二条). The code's number comes from a counter row locked for the transaction, so two activations never
     * draw the same number; the counter row is created beforehand in a transaction of its own. Returns the code.
     */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    public String activate(long id) {
        String sequenceKey = transaction.execute(status -> {
            Customer c = require(id);
            checkActivation(c);
            return codes.sequenceKey(today(), regionCode(c));
        });
        codes.ensureCounter(sequenceKey);
        return transaction.execute(status -> {
            Customer c = customers.findForUpdate(id).orElseThrow(() -> new BusinessException("customer.notFound"));
            checkActivation(c);
            LocalDate today = today();
            String code = codes.next(today, regionCode(c));
            c.setCode(code);
            if (c.getTradeSince() == null) {
                c.setTradeSince(today);
            }
            move(c, CustomerStatus.CONTRACTING, CustomerStatus.ACTIVE, null, "activate");
            audit.record(LifecycleAudit.CODE_ASSIGNED, CustomerAudit.ENTITY, id,
                    AuditDetail.of("customer.audit.codeAssigned", c.getName(), code));
            codes.notifyDepartments(c, code);
            return code;
        });
    }

    /** 交易往来 → 交易终止 / 交易解除 (名册制度 第八、九条): the owner or a superior, with the reason. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void terminate(long id, EndKind kind, String reason) {
        Customer c = require(id);
        access.requireOpen(c);
        if (c.getOwnerEmployeeId() != me() && !access.permissionsOn(c).supervise()) {
            throw new BusinessException("customer.lifecycle.ownerOrSupervisor");
        }
        if (kind == null) {
            throw BusinessException.onField("endKind", "customer.lifecycle.endKindRequired");
        }
        String why = requireReason(reason);
        requireFrom(c, CustomerStatus.ACTIVE, CustomerStatus.TERMINATED);
        c.setEndKind(kind);
        move(c, CustomerStatus.ACTIVE, CustomerStatus.TERMINATED, why, "terminate." + kind.name());
    }

    /** 交易终止 → 交易往来 again: only a superior of the archive's staff (ended archives are theirs to change). */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void reactivate(long id, String reason) {
        Customer c = require(id);
        access.requireSupervisor(c);
        move(c, CustomerStatus.TERMINATED, CustomerStatus.ACTIVE, requireReason(reason), "reactivate");
    }

    /** Asks for 注销 (deregistration) of a prospect, a stopped survey or an ended trade. Returns the request's id. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long requestDeregistration(long id) {
        Customer c = require(id);
        access.requireEdit(c);
        if (!DEREGISTRABLE.contains(c.getStatus())) {
            throw illegal(c.getStatus(), CustomerStatus.DEREGISTERED);
        }
        return approvals.submit(DEREGISTRATION, id);
    }

    /** The 交易开始调查书 or the deregistration reached its end; run by {@link CustomerApprovalJob} as the system. */
    void onTradeSurveyCompleted(long id, ApprovalStatus outcome) {
        Customer c = require(id);
        CustomerStatus next = outcome == ApprovalStatus.APPROVED ? CustomerStatus.CONTRACTING : CustomerStatus.SURVEYING;
        if (c.getStatus() != CustomerStatus.PENDING_APPROVAL) {
            log.warn("Trade survey of customer {} ended {} while the archive is {}", id, outcome, c.getStatus());
            return;
        }
        move(c, CustomerStatus.PENDING_APPROVAL, next, null, "tradeSurvey." + outcome.name());
    }

    void onDeregistrationApproved(long id) {
        Customer c = require(id);
        if (!DEREGISTRABLE.contains(c.getStatus())) {
            log.warn("Deregistration of customer {} approved while the archive is {}", id, c.getStatus());
            return;
        }
        move(c, c.getStatus(), CustomerStatus.DEREGISTERED, c.getStatusReason(), "deregistered");
    }

    /** Whether the contracts in force allow a code: 供货合同 + 质量保证合同, or a 销售协议, or a VIP客户协议. */
    static boolean contractsAllowCode(Collection<ContractKind> inForce) {
        return inForce.contains(ContractKind.SUPPLY) && inForce.contains(ContractKind.QUALITY)
                || inForce.contains(ContractKind.SALES_AGREEMENT) || inForce.contains(ContractKind.VIP_AGREEMENT);
    }

    private boolean contractsComplete(Customer c) {
        LocalDate today = today();
        Set<ContractKind> kinds = contracts.findByCustomerIdOrderBySignedOnDescIdDesc(c.getId()).stream()
                .filter(contract -> contract.inForceOn(today)).map(CustomerContract::getKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContractKind.class)));
        return contractsAllowCode(kinds);
    }

    private void checkActivation(Customer c) {
        access.requireEdit(c);
        requireFrom(c, CustomerStatus.CONTRACTING, CustomerStatus.ACTIVE);
        if (!contractsComplete(c)) {
            throw new BusinessException("customer.lifecycle.contractsMissing");
        }
    }

    private boolean isReturned(CustomerSurvey survey) {
        if (survey == null || survey.getTradeRequestId() == null) {
            return false;
        }
        try {
            return approvals.find(survey.getTradeRequestId()).status() == ApprovalStatus.RETURNED;
        } catch (BusinessException notInvolved) {
            return false;
        }
    }

    private void move(Customer c, CustomerStatus from, CustomerStatus to, String reason, String move) {
        requireFrom(c, from, to);
        c.moveTo(to, reason, clock.instant());
        customers.saveAndFlush(c);
        audit.record(LifecycleAudit.MOVED, CustomerAudit.ENTITY, c.getId(), AuditDetail.of("customer.audit.moved",
                c.getName(), AuditDetail.translated("customer.status.", from),
                AuditDetail.translated("customer.status.", to), reason == null ? "" : reason, move));
    }

    private static void requireFrom(Customer c, CustomerStatus from, CustomerStatus to) {
        if (c.getStatus() != from || !from.canMoveTo(to)) {
            throw illegal(c.getStatus(), to);
        }
    }

    static BusinessException illegal(CustomerStatus from, CustomerStatus to) {
        return new BusinessException("customer.lifecycle.illegal",
                new DefaultMessageSourceResolvable("customer.status." + from.name()),
                new DefaultMessageSourceResolvable("customer.status." + to.name()));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "customer.lifecycle.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw BusinessException.onField("reason", "customer.lifecycle.reasonTooLong", MAX_REASON);
        }
        return reason.strip();
    }

    private static void addIf(Set<LifecycleAction> actions, LifecycleAction action, boolean allowed) {
        if (allowed) {
            actions.add(action);
        }
    }

    private long me() {
        return currentUser.require().employeeId();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static String regionCode(Customer c) {
        return c.getRegion() == null ? null : c.getRegion().getCode();
    }

    static String route(Customer c) {
        return "customers/" + c.getId();
    }

    private Customer require(long id) {
        return customers.findById(id).orElseThrow(() -> new BusinessException("customer.notFound"));
    }
}
