package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.customer.repository.CustomerContactRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.FollowUpRepository;
import com.keyaccount.portal.org.DataScopeService;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.security.PortalUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 跟进记录, the follow-up log of an archive: visits, calls, letters, faxes, e-mails, meetings, receptions (000 信息办法
 * 第九条: letters and faxes are recorded in the archive). A visit or reception recorded on a later business day than it
 * happened is marked late ({@link LateRecordRule}, 004 第二章 三 當天更新). The archive's staff record and, on the day they
 * recorded it, correct their own records; only a supervisor deletes one. Archives nobody followed up for
 * {@code portal.customer.follow-up-overdue-days} days are listed for their staff and managers.
 */
@Service
public class FollowUpService {

    static final int MAX_SUMMARY = 2000;
    static final int MAX_NEXT_STEP = 1000;

    private final CustomerRepository customers;
    private final FollowUpRepository followUps;
    private final CustomerContactRepository contacts;
    private final CustomerAccess access;
    private final OrgQueries org;
    private final DataScopeService scopes;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;
    private final int graceDays;
    private final int overdueDays;

    FollowUpService(CustomerRepository customers, FollowUpRepository followUps, CustomerContactRepository contacts,
            CustomerAccess access, OrgQueries org, DataScopeService scopes, AuditService audit,
            CurrentUser currentUser, Clock clock, ZoneId businessZone,
            @Value("${portal.customer.visit-record-grace-days:0}") int graceDays,
            @Value("${portal.customer.follow-up-overdue-days:30}") int overdueDays) {
        this.customers = customers;
        this.followUps = followUps;
        this.contacts = contacts;
        this.access = access;
        this.org = org;
        this.scopes = scopes;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = businessZone;
        this.graceDays = graceDays;
        this.overdueDays = overdueDays;
    }

    /** Records a follow-up; a visit or reception of an earlier day is marked late. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long record(long customerId, FollowUpDraft draft) {
        Customer customer = requireCustomer(customerId);
        access.requireEdit(customer);
        PortalUser me = currentUser.require();
        LocalDate today = today();
        long staffId = draft.getStaffId() == null ? me.employeeId() : draft.getStaffId();
        CustomerContact contact = validate(customer, draft, staffId, me.employeeId(), today);
        FollowUp followUp = new FollowUp(customer, staffId, clock.instant(), me.getUsername());
        apply(followUp, draft, contact);
        followUp.setLate(LateRecordRule.isLate(draft.getKind(), draft.getOccurredOn(), today, graceDays));
        followUps.saveAndFlush(followUp);
        followUps.refreshLastFollowUp(customerId);
        audit.record(CustomerRecordAudit.FOLLOW_UP_RECORDED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of(followUp.isLate() ? "customer.audit.followUpRecordedLate"
                        : "customer.audit.followUpRecorded", AuditDetail.translated("customer.followUpKind.",
                        followUp.getKind()), followUp.getOccurredOn(), customer.getName()));
        return followUp.getId();
    }

    /** Corrects one's own record on the day it was recorded; refused after that or over someone else's save. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void update(long customerId, long followUpId, FollowUpDraft draft) {
        Customer customer = requireCustomer(customerId);
        access.requireEdit(customer);
        FollowUp followUp = requireFollowUp(customerId, followUpId);
        PortalUser me = currentUser.require();
        if (!mayCorrect(followUp, me)) {
            throw new BusinessException("customer.followUp.notEditable");
        }
        Versions.require(FollowUp.class, followUpId, followUp.getVersion(), draft.getVersion());
        long staffId = draft.getStaffId() == null ? followUp.getStaffEmployeeId() : draft.getStaffId();
        if (staffId != followUp.getStaffEmployeeId()) {
            throw BusinessException.onField("staffId", "customer.followUp.staff.fixed");
        }
        LocalDate recordedOn = followUp.getRecordedAt().atZone(zone).toLocalDate();
        CustomerContact contact = validate(customer, draft, staffId, staffId, recordedOn);
        AuditDetail.Changes changes = new AuditDetail.Changes()
                .field("customer.followUp.field.kind", AuditDetail.translated("customer.followUpKind.",
                        followUp.getKind()), AuditDetail.translated("customer.followUpKind.", draft.getKind()))
                .field("customer.followUp.field.occurredOn", followUp.getOccurredOn(), draft.getOccurredOn())
                .field("customer.followUp.field.summary", followUp.getSummary(), ContactService.trimmed(draft.getSummary()))
                .field("customer.followUp.field.nextOn", followUp.getNextOn(), draft.getNextOn());
        apply(followUp, draft, contact);
        followUp.setLate(LateRecordRule.isLate(draft.getKind(), draft.getOccurredOn(), recordedOn, graceDays));
        followUps.saveAndFlush(followUp);
        followUps.refreshLastFollowUp(customerId);
        audit.record(CustomerRecordAudit.FOLLOW_UP_UPDATED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.followUpUpdated", AuditDetail.translated("customer.followUpKind.",
                        followUp.getKind()), followUp.getOccurredOn(), customer.getName()).withChanges(changes.list()));
    }

    /** Deletes a record: only someone who supervises the archive's staff. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void delete(long customerId, long followUpId, long version) {
        Customer customer = requireCustomer(customerId);
        access.requireSupervisor(customer);
        FollowUp followUp = requireFollowUp(customerId, followUpId);
        Versions.require(FollowUp.class, followUpId, followUp.getVersion(), version);
        followUps.delete(followUp);
        followUps.flush();
        followUps.refreshLastFollowUp(customerId);
        audit.record(CustomerRecordAudit.FOLLOW_UP_DELETED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.followUpDeleted", AuditDetail.translated("customer.followUpKind.",
                        followUp.getKind()), followUp.getOccurredOn(), customer.getName(), followUp.getSummary()));
    }

    /** One page of the archive's log, newest first. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<FollowUpSummary> list(long customerId, Pageable pageable) {
        Customer customer = requireCustomer(customerId);
        CustomerPermissions permissions = access.requireOpen(customer);
        PortalUser me = currentUser.require();
        return followUps.findPage(customerId, pageable).stream().map(f -> new FollowUpSummary(f.getId(),
                f.getVersion(), f.getKind(), f.getOccurredOn(), f.getStaffEmployeeId(), nameOf(f.getStaffEmployeeId()),
                f.getContact() == null ? null : f.getContact().getId(),
                f.getContact() == null ? null : f.getContact().getName(), f.getSummary(), f.getNextStep(),
                f.getNextOn(), f.isLate(), f.getRecordedAt(), f.getRecordedBy(),
                permissions.edit() && mayCorrect(f, me), permissions.supervise())).toList();
    }

    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public long count(long customerId) {
        access.requireOpen(requireCustomer(customerId));
        return followUps.countByCustomerId(customerId);
    }

    /** Who a new record may name as its staff: the signed-in person first, then the owner and co-owners. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional(readOnly = true)
    public List<StaffOption> staffOptions(long customerId) {
        Customer customer = requireCustomer(customerId);
        access.requireEdit(customer);
        Map<Long, StaffOption> options = new LinkedHashMap<>();
        for (long id : staffIds(customer, currentUser.require().employeeId())) {
            org.employee(id).ifPresent(e -> options.putIfAbsent(id, new StaffOption(id, e.displayName())));
        }
        return List.copyOf(options.values());
    }

    /** The reminder period in days ({@code portal.customer.follow-up-overdue-days}, default 30). */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    public int overdueDays() {
        return overdueDays;
    }

    /**
     * Archives the signed-in person owns or co-owns, or that lie in their data scope (a manager's team), in a status
     * that is still worked, whose last follow-up is more than {@code days} days ago or that never had one.
     */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<OverdueCustomer> findOverdue(int days, Pageable pageable) {
        LocalDate today = today();
        long me = currentUser.require().employeeId();
        return followUps.findOverdue(me, scopes.currentScope(), cutoff(days, today), (int) pageable.getOffset(),
                pageable.getPageSize()).stream().map(c -> new OverdueCustomer(c.getId(), c.getName(), c.getCode(),
                c.getStatus(), nameOf(c.getOwnerEmployeeId()), c.getLastFollowUpOn(),
                c.getLastFollowUpOn() == null ? null : ChronoUnit.DAYS.between(c.getLastFollowUpOn(), today)))
                .toList();
    }

    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public long countOverdue(int days) {
        return followUps.countOverdue(currentUser.require().employeeId(), scopes.currentScope(),
                cutoff(days, today()));
    }

    /** The signed-in person's late records of visits and receptions that happened in the month. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<LateRecord> findLateRecords(YearMonth period) {
        long me = currentUser.require().employeeId();
        return followUps.findLate(me, period.atDay(1), period.plusMonths(1).atDay(1)).stream()
                .map(f -> new LateRecord(f.getId(), f.getCustomer().getId(), f.getCustomer().getName(), f.getKind(),
                        f.getOccurredOn(), f.getRecordedAt())).toList();
    }

    /** Today in the business time zone (Asia/Shanghai unless configured): the day a record is made on. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static LocalDate cutoff(int days, LocalDate today) {
        if (days < 1) {
            throw BusinessException.onField("days", "customer.followUp.overdueDays.invalid");
        }
        return today.minusDays(days);
    }

    private CustomerContact validate(Customer customer, FollowUpDraft d, long staffId, long me, LocalDate today) {
        if (d.getKind() == null) {
            throw BusinessException.onField("kind", "customer.followUp.kind.required");
        }
        if (d.getOccurredOn() == null) {
            throw BusinessException.onField("occurredOn", "customer.followUp.date.required");
        }
        if (d.getOccurredOn().isAfter(today)) {
            throw BusinessException.onField("occurredOn", "customer.date.future");
        }
        if (!staffIds(customer, me).contains(staffId) || org.employee(staffId).isEmpty()) {
            throw BusinessException.onField("staffId", "customer.followUp.staff.notResponsible");
        }
        CustomerContact contact = null;
        if (d.getContactId() != null) {
            contact = contacts.findByIdAndCustomerId(d.getContactId(), customer.getId())
                    .orElseThrow(() -> BusinessException.onField("contactId", "customer.followUp.contact.notOfCustomer"));
        }
        String summary = ContactService.trimmed(d.getSummary());
        if (summary == null) {
            throw BusinessException.onField("summary", "customer.followUp.summary.required");
        }
        ContactService.length("summary", summary, MAX_SUMMARY);
        ContactService.length("nextStep", ContactService.trimmed(d.getNextStep()), MAX_NEXT_STEP);
        if (d.getNextOn() != null && d.getNextOn().isBefore(d.getOccurredOn())) {
            throw BusinessException.onField("nextOn", "customer.followUp.nextOn.beforeDate");
        }
        return contact;
    }

    private static List<Long> staffIds(Customer customer, long me) {
        List<Long> ids = new ArrayList<>();
        ids.add(me);
        ids.add(customer.getOwnerEmployeeId());
        ids.addAll(customer.getCoOwnerIds());
        return ids;
    }

    private static void apply(FollowUp f, FollowUpDraft d, CustomerContact contact) {
        f.setKind(d.getKind());
        f.setOccurredOn(d.getOccurredOn());
        f.setContact(contact);
        f.setSummary(ContactService.trimmed(d.getSummary()));
        f.setNextStep(ContactService.trimmed(d.getNextStep()));
        f.setNextOn(d.getNextOn());
    }

    /** Own records (recorded by the person) may be corrected on the business day they were recorded. */
    private boolean mayCorrect(FollowUp f, PortalUser me) {
        return f.getRecordedBy().equals(me.getUsername()) && f.getRecordedAt().atZone(zone).toLocalDate().equals(today());
    }

    private String nameOf(long employeeId) {
        return org.employee(employeeId).map(EmployeeReference::displayName).orElse("");
    }

    private Customer requireCustomer(long customerId) {
        return customers.findById(customerId).orElseThrow(() -> new BusinessException("customer.notFound"));
    }

    private FollowUp requireFollowUp(long customerId, long followUpId) {
        return followUps.findById(followUpId).filter(f -> f.getCustomer().getId() == customerId)
                .orElseThrow(() -> new BusinessException("customer.followUp.notFound"));
    }
}
