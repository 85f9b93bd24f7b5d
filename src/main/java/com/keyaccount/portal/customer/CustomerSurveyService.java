package com.keyaccount.portal.customer;

import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.ApprovalStatus;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.CustomerSurveyRepository;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey of a prospect and its 交易开始调查书 (000 大客户开发选择制度 第六–八条; 000 客户名册管理制度 第五条): the
 * archive's editors fill it while it is a prospect or under survey, and again when the approvers returned it; those
 * who may open the archive (the approvers among them) read it.
 */
@Service
public class CustomerSurveyService {

    /** Statuses in which the survey is still being written. */
    private static final Set<CustomerStatus> OPEN_FOR_EDIT =
            EnumSet.of(CustomerStatus.PROSPECT, CustomerStatus.SURVEYING, CustomerStatus.SURVEY_STOPPED);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private final CustomerSurveyRepository surveys;
    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final ApprovalService approvals;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomerSurveyService(CustomerSurveyRepository surveys, CustomerRepository customers, CustomerAccess access,
            ApprovalService approvals, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.surveys = surveys;
        this.customers = customers;
        this.access = access;
        this.approvals = approvals;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The survey for editing (empty for an archive not yet surveyed); only the archive's editors. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional(readOnly = true)
    public SurveyDraft loadDraft(long customerId) {
        access.requireEdit(customer(customerId));
        return surveys.findById(customerId).map(SurveyDraft::of).orElseGet(SurveyDraft::new);
    }

    /** The survey to read, for everyone who may open the archive (approvers read the 交易开始调查书 here). */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public SurveyDraft view(long customerId) {
        access.requireOpen(customer(customerId));
        return surveys.findById(customerId).map(SurveyDraft::of).orElseGet(SurveyDraft::new);
    }

    /** Whether the signed-in person may change the survey now (status and approval state allow it). */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public boolean mayEdit(long customerId) {
        Customer customer = customer(customerId);
        return access.permissionsOn(customer).edit() && editableNow(customer);
    }

    /** Saves the survey; refused when someone saved in between, or once it is with the approvers. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void save(long customerId, SurveyDraft draft) {
        Customer customer = customer(customerId);
        access.requireEdit(customer);
        if (!editableNow(customer)) {
            throw new BusinessException("customer.survey.locked");
        }
        validate(draft);
        CustomerSurvey survey = surveys.findById(customerId).orElse(null);
        if (survey == null) {
            Versions.require(CustomerSurvey.class, customerId, 0, draft.getVersion());
            survey = new CustomerSurvey(customerId);
        } else {
            Versions.require(CustomerSurvey.class, customerId, survey.getVersion(), draft.getVersion());
        }
        survey.apply(draft, currentUser.actorName(), clock.instant());
        surveys.saveAndFlush(survey);
        audit.record(LifecycleAudit.SURVEY_SAVED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.surveySaved", customer.getName()));
    }

    private boolean editableNow(Customer customer) {
        if (OPEN_FOR_EDIT.contains(customer.getStatus())) {
            return true;
        }
        if (customer.getStatus() != CustomerStatus.PENDING_APPROVAL) {
            return false;
        }
        Long requestId = surveys.findById(customer.getId()).map(CustomerSurvey::getTradeRequestId).orElse(null);
        if (requestId == null) {
            return false;
        }
        try {
            return approvals.find(requestId).status() == ApprovalStatus.RETURNED;
        } catch (BusinessException notInvolved) {
            return false;
        }
    }

    private static void validate(SurveyDraft d) {
        Map<String, String> texts = Map.ofEntries(Map.entry("history", nz(d.getHistory())),
                Map.entry("profile", nz(d.getProfile())), Map.entry("annualAccounts", nz(d.getAnnualAccounts())),
                Map.entry("productCatalogue", nz(d.getProductCatalogue())),
                Map.entry("operationsNotes", nz(d.getOperationsNotes())),
                Map.entry("policyNotes", nz(d.getPolicyNotes())), Map.entry("viewOfUs", nz(d.getViewOfUs())),
                Map.entry("fieldSurveyNotes", nz(d.getFieldSurveyNotes())),
                Map.entry("fieldSurveyResult", nz(d.getFieldSurveyResult())),
                Map.entry("tradeReasons", nz(d.getTradeReasons())), Map.entry("tradePolicy", nz(d.getTradePolicy())),
                Map.entry("tradeProducts", nz(d.getTradeProducts())),
                Map.entry("surveyResults", nz(d.getSurveyResults())));
        texts.forEach((field, text) -> {
            if (text.length() > SurveyDraft.MAX_TEXT) {
                throw BusinessException.onField(field, "customer.survey.tooLong", SurveyDraft.MAX_TEXT);
            }
        });
        if (d.getTradeAmount() != null
                && (d.getTradeAmount().signum() < 0 || d.getTradeAmount().compareTo(MAX_AMOUNT) > 0)) {
            throw BusinessException.onField("tradeAmount", "customer.survey.amount");
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private Customer customer(long id) {
        return customers.findById(id).orElseThrow(() -> new BusinessException("customer.notFound"));
    }
}
