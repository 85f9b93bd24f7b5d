package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.GradeStore;
import com.keyaccount.portal.customer.repository.GradeStore.HistoryRow;
import com.keyaccount.portal.customer.repository.GradeStore.OverrideRow;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.security.PortalUser;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's grades in the two schemes (001 一篇 第3条 A1–D; 002 三 客户等级分类表 AAA–B): computed by
 * {@link GradeRules} from the last twelve full months of sales and the payment record, recomputed when sales change
 * and nightly ({@code GradeRecomputeJob}); a supervisor of the archive's staff may override a computed grade with a
 * reason, keeping both values and who set it. The effective grade (override, else computed) is what the directory
 * shows ({@code customer.grade}, {@code customer.rating}); every change leaves one history row per scheme.
 */
@Service
public class CustomerGradeService {

    private static final int MAX_REASON = 500;

    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final GradeEngine engine;
    private final GradeStore store;
    private final OrgQueries org;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CustomerDirectoryCache directoryCache;

    CustomerGradeService(CustomerRepository customers, CustomerAccess access, GradeEngine engine, GradeStore store,
            OrgQueries org, AuditService audit, CurrentUser currentUser, Clock clock,
            CustomerDirectoryCache directoryCache) {
        this.customers = customers;
        this.access = access;
        this.engine = engine;
        this.store = store;
        this.org = org;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.directoryCache = directoryCache;
    }

    /** Both schemes' grades of an archive the signed-in person may open, with the inputs they come from. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public CustomerGrades find(long customerId) {
        access.requireOpen(require(customerId));
        GradeStore.GradeFacts facts = engine.facts(customerId);
        List<SchemeGrade> schemes = new ArrayList<>();
        for (GradeScheme scheme : GradeScheme.values()) {
            Optional<OverrideRow> state = store.state(customerId, scheme);
            String computed = state.map(OverrideRow::computed).orElse(null);
            String override = state.map(OverrideRow::override).orElse(null);
            schemes.add(new SchemeGrade(scheme, computed, override != null ? override : computed, override,
                    state.map(OverrideRow::reason).orElse(null),
                    state.filter(s -> s.override() != null).map(s -> actorName(s.employeeId(), s.by())).orElse(null),
                    state.map(OverrideRow::at).orElse(null)));
        }
        YearMonth month = engine.currentMonth();
        return new CustomerGrades(customerId, facts.inputs(), month.minusMonths(12), month.minusMonths(1),
                engine.businessZone(), schemes);
    }

    /** Recomputes one archive's grades now (e.g. after its payment status changed). */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public GradeRecomputation recompute(long customerId) {
        access.requireEdit(require(customerId));
        return engine.recompute(customerId);
    }

    /**
     * Recomputes every customer: the nightly job and a threshold change. One grouped query reads all customers'
     * twelve months; only customers whose grade changed are written.
     */
    @PreAuthorize(Permissions.Customer.HAS_MANAGE)
    @Transactional
    public GradeRecomputation recomputeAll() {
        GradeRecomputation result = engine.recompute(null);
        audit.record(GradeAudit.GRADES_RECOMPUTED, GradeAudit.THRESHOLDS_ENTITY, "ALL",
                AuditDetail.of("customer.audit.gradesRecomputed", result.customers(), result.changed()));
        return result;
    }

    /**
     * Overrides the computed grade of one scheme; only a supervisor of the archive's staff (the owner's managers, the
     * department's heads, the reader offices) may, with a reason. The override stays across recomputations.
     */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void override(long customerId, GradeScheme scheme, String grade, String reason) {
        Customer customer = require(customerId);
        access.requireSupervisor(customer);
        if (grade == null || !scheme.has(grade)) {
            throw BusinessException.onField("grade", "customer.grades.override.grade");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw BusinessException.onField("reason", "customer.grades.override.reason", MAX_REASON);
        }
        store.lockCustomer(customerId);
        String computed = store.state(customerId, scheme).map(OverrideRow::computed).orElse(null);
        writeEffective(customer, scheme, computed, grade, text);
        audit.record(GradeAudit.GRADE_OVERRIDDEN, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.gradeOverridden", customer.getName(),
                        AuditDetail.translated(scheme.nameKey()), AuditDetail.translated(scheme.labelKey(grade)),
                        text));
    }

    /** Ends an override: the computed grade is effective again. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void clearOverride(long customerId, GradeScheme scheme) {
        Customer customer = require(customerId);
        access.requireSupervisor(customer);
        store.lockCustomer(customerId);
        OverrideRow state = store.state(customerId, scheme).filter(s -> s.override() != null)
                .orElseThrow(() -> new BusinessException("customer.grades.override.none"));
        writeEffective(customer, scheme, state.computed(), null, null);
        audit.record(GradeAudit.GRADE_OVERRIDE_CLEARED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.gradeOverrideCleared", customer.getName(),
                        AuditDetail.translated(scheme.nameKey()),
                        AuditDetail.translated(scheme.labelKey(state.override()))));
    }

    /** The archive's grade changes, newest first. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<GradeHistoryEntry> findHistory(long customerId) {
        access.requireOpen(require(customerId));
        return store.history(customerId).stream().map(row -> new GradeHistoryEntry(row.scheme(), row.computed(),
                row.effective(), row.overridden(), row.reason(), actorName(row.actorEmployeeId(), row.actorName()),
                row.actorEmployeeId() == null && "system".equals(row.actorName()), row.changedAt())).toList();
    }

    private void writeEffective(Customer customer, GradeScheme scheme, String computed, String override,
            String reason) {
        PortalUser me = currentUser.require();
        Instant now = clock.instant();
        long id = customer.getId();
        store.writeOverride(id, scheme, override, reason, override == null ? null : me.employeeId(),
                override == null ? null : me.getUsername(), override == null ? null : now, now);
        String effective = override != null ? override : computed;
        store.writeCustomerColumn(id, scheme, effective);
        directoryCache.invalidateAfterCommit();
        store.writeHistory(List.of(new HistoryRow(id, scheme, computed, effective, override != null, reason,
                me.employeeId(), me.getUsername(), now)));
    }

    private String actorName(Long employeeId, String username) {
        return Optional.ofNullable(employeeId).flatMap(org::employee).map(EmployeeReference::displayName)
                .orElse(username);
    }

    private Customer require(long id) {
        return customers.findById(id).orElseThrow(() -> new BusinessException("customer.notFound"));
    }
}
