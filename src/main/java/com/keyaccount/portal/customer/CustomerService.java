package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.LikePatterns;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.customer.repository.CustomerRegionRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.security.PortalUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer archive (客户档案): create a prospect's archive, edit it, open it. One archive per customer (004-2 五)
 * with a unique 统一社会信用代码; the basic data of 000 信息办法 第四条 and 004 第二章 一 validated by
 * {@link CustomerValidation}; opening follows the confidentiality matrix ({@link CustomerAccessRules}) and every
 * opening and refusal is audited (004 第三章); every change is kept by Envers (000 信息办法 第四条).
 */
@Service
public class CustomerService {

    private static final int SIMILAR_LIMIT = 5;

    private final CustomerRepository customers;
    private final CustomerRegionRepository regions;
    private final CustomerAccess access;
    private final CustomerValidation validation;
    private final GradeEngine grades;
    private final OrgQueries org;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int importantMinStaff;

    CustomerService(CustomerRepository customers, CustomerRegionRepository regions, CustomerAccess access,
            CustomerValidation validation, GradeEngine grades, OrgQueries org, AuditService audit, CurrentUser currentUser, Clock clock,
            @Value("${portal.customer.important-min-staff:2}") int importantMinStaff) {
        this.customers = customers;
        this.regions = regions;
        this.access = access;
        this.validation = validation;
        this.grades = grades;
        this.org = org;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.importantMinStaff = importantMinStaff;
    }

    /**
     * Creates a prospect's archive (潜在客户, 000 开发细则 第五条). The owner is the signed-in person unless they name
     * someone they supervise; the owning department is the owner's.
     */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long create(CustomerDraft draft) {
        PortalUser me = currentUser.require();
        long ownerId = draft.getOwnerId() == null ? me.employeeId() : draft.getOwnerId();
        if (ownerId != me.employeeId() && !mayAssign(ownerId)) {
            throw BusinessException.onField("ownerId", "customer.owner.notYours");
        }
        EmployeeReference owner = validation.activeEmployee("ownerId", ownerId);
        validation.validate(draft, ownerId, null);
        Customer customer = new Customer(ownerId, owner.departmentId(), me.getUsername(), clock.instant());
        apply(customer, draft);
        save(customer);
        audit.record(CustomerAudit.CREATED, CustomerAudit.ENTITY, customer.getId(),
                AuditDetail.of("customer.audit.created", customer.getName()));
        return customer.getId();
    }

    /** Saves the form; refused when someone else saved in between (nothing is overwritten). */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void update(long id, CustomerDraft draft) {
        Customer customer = require(id);
        access.requireEdit(customer);
        Versions.require(Customer.class, id, customer.getVersion(), draft.getVersion());
        long ownerId = draft.getOwnerId() == null ? customer.getOwnerEmployeeId() : draft.getOwnerId();
        AuditDetail.Changes changes = new AuditDetail.Changes()
                .field("customer.field.name", customer.getName(), draft.getName())
                .field("customer.field.creditCode", customer.getCreditCode(), draft.getCreditCode())
                .field("customer.field.confidentiality", customer.getConfidentiality(), draft.getConfidentiality())
                .field("customer.field.owner", customer.getOwnerEmployeeId(), ownerId);
        if (ownerId != customer.getOwnerEmployeeId()) {
            access.requireSupervisor(customer);
            EmployeeReference owner = validation.activeEmployee("ownerId", ownerId);
            customer.setOwner(ownerId, owner.departmentId());
        }
        validation.validate(draft, ownerId, customer.getId());
        boolean paymentChanged = customer.getPaymentStatus() != draft.getPaymentStatus()
                || customer.getCollectionStatus() != draft.getCollectionStatus();
        apply(customer, draft);
        customer.touch(clock.instant());
        save(customer);
        if (paymentChanged) {
            // the grades read the payment record (001 一篇 第3条: 回款信誉)
            grades.recompute(id);
        }
        audit.record(CustomerAudit.UPDATED, CustomerAudit.ENTITY, id,
                AuditDetail.of("customer.audit.updated", customer.getName()).withChanges(changes.list()));
    }

    /** The form's content of an archive the signed-in person may change. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional(readOnly = true)
    public CustomerDraft loadDraft(long id) {
        Customer customer = require(id);
        access.requireEdit(customer);
        return CustomerDraft.of(customer);
    }

    /** Opens the archive: allowed by the confidentiality level or refused; both are audited. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional
    public CustomerArchive open(long id) {
        Customer customer = require(id);
        CustomerPermissions permissions = access.requireOpen(customer);
        audit.record(CustomerAudit.OPENED, CustomerAudit.ENTITY, id,
                AuditDetail.of("customer.audit.opened", customer.getName()));
        return archiveOf(customer, permissions);
    }

    /** What the signed-in person may do with the archive; checks nothing else and opens nothing. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public CustomerPermissions permissionsOn(long id) {
        return access.permissionsOn(require(id));
    }

    /** The archive holding this credit code, for the duplicate check on create (a link to it, nothing more). */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public Optional<CustomerReference> findByCreditCode(String creditCode) {
        return CreditCode.normalize(creditCode).flatMap(customers::findByCreditCode).map(CustomerReference::of);
    }

    /**
     * Archives with a similar name (legal-form words, brackets and full-width characters ignored,
     * {@link CustomerNames#similar}), to warn before a duplicate is created.
     */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<CustomerReference> findSimilar(String name, Long exceptId) {
        String key = CustomerNames.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        String prefix = key.substring(0, key.offsetByCodePoints(0, Math.min(2, key.codePointCount(0, key.length()))));
        return customers.findNameCandidates(key, LikePatterns.startsWith(prefix), PageRequest.of(0, 200)).stream()
                .filter(c -> !c.getId().equals(exceptId))
                .filter(c -> CustomerNames.similar(c.getName(), name))
                .limit(SIMILAR_LIMIT).map(CustomerReference::of).toList();
    }

    /** Whether the signed-in person may make {@code ownerId} an archive's owner: a report of theirs, or any as a reader office. */
    boolean mayAssign(long ownerId) {
        long me = currentUser.require().employeeId();
        return org.managerChain(ownerId).stream().anyMatch(manager -> manager.id() == me)
                || org.officesOf(me).stream().anyMatch(CustomerAccessRules.READER_OFFICES::contains);
    }

    private void apply(Customer c, CustomerDraft d) {
        c.setName(d.getName().strip());
        c.setShortName(CustomerValidation.trimmed(d.getShortName()));
        c.setCreditCode(CreditCode.normalize(d.getCreditCode()).orElse(null));
        c.setVariant(d.getVariant());
        c.setNature(d.getNature());
        c.setSpecialKind(d.getNature() == CustomerNature.SPECIAL ? d.getSpecialKind() : null);
        c.setBusinessType(d.getBusinessType());
        c.setMarket(d.getMarket());
        c.setRegion(d.getRegionId() == null ? null : regions.getReferenceById(d.getRegionId()));
        c.setIndustry(CustomerValidation.trimmed(d.getIndustry()));
        c.setLegalRepresentative(CustomerValidation.trimmed(d.getLegalRepresentative()));
        c.setAddress(CustomerValidation.trimmed(d.getAddress()));
        c.setPostcode(CustomerValidation.trimmed(d.getPostcode()));
        c.setPhone(CustomerValidation.trimmed(d.getPhone()));
        c.setFax(CustomerValidation.trimmed(d.getFax()));
        c.setEmail(CustomerValidation.trimmed(d.getEmail()));
        c.setWebsite(CustomerValidation.trimmed(d.getWebsite()));
        c.setBusinessScope(CustomerValidation.trimmed(d.getBusinessScope()));
        c.setRegisteredCapital(d.getRegisteredCapital());
        c.setFoundedOn(d.getFoundedOn());
        c.setTradeSince(d.getTradeSince());
        c.setOrganisationForm(CustomerValidation.trimmed(d.getOrganisationForm()));
        c.setAssets(d.getAssets());
        c.setEmployeeCount(d.getEmployeeCount());
        c.setAnnualSales(d.getAnnualSales());
        c.setConfidentiality(d.getConfidentiality());
        c.getCoOwnerIds().clear();
        d.getCoOwnerIds().stream().filter(id -> id != c.getOwnerEmployeeId()).forEach(c.getCoOwnerIds()::add);
        c.setPaymentStatus(d.getPaymentStatus());
        c.setCollectionStatus(d.getCollectionStatus());
    }

    private void save(Customer customer) {
        try {
            customers.saveAndFlush(customer);
        } catch (DataIntegrityViolationException e) {
            throw BusinessException.onField("creditCode", "customer.creditCode.duplicate", customer.getCreditCode());
        }
    }

    Customer require(long id) {
        return customers.findById(id).orElseThrow(() -> new BusinessException("customer.notFound"));
    }

    CustomerArchive archiveOf(Customer c, CustomerPermissions permissions) {
        List<String> coOwners = c.getCoOwnerIds().stream().map(org::employee).flatMap(Optional::stream)
                .map(EmployeeReference::displayName).toList();
        boolean understaffed = CustomerArchive.isImportant(c.getGrade(), c.getRating())
                && 1 + c.getCoOwnerIds().size() < importantMinStaff;
        return new CustomerArchive(c.getId(), c.getVersion(), c.getCode(), c.getName(),
                c.getShortName(), c.getCreditCode(), c.getVariant(), c.getNature(), c.getSpecialKind(),
                c.getBusinessType(), c.getMarket(), c.getRegion() == null ? null : c.getRegion().getId(),
                c.getRegion() == null ? null : c.getRegion().getName(), c.getIndustry(), c.getLegalRepresentative(),
                c.getAddress(), c.getPostcode(), c.getPhone(), c.getFax(), c.getEmail(), c.getWebsite(),
                c.getBusinessScope(), c.getRegisteredCapital(), c.getFoundedOn(), c.getTradeSince(),
                c.getOrganisationForm(), c.getAssets(), c.getEmployeeCount(), c.getAnnualSales(),
                c.getConfidentiality(), c.getStatus(), c.getEndKind(), c.getStatusReason(), c.getOwnerEmployeeId(),
                org.employee(c.getOwnerEmployeeId()).map(EmployeeReference::displayName).orElse(""),
                c.getDepartmentId(),
                org.department(c.getDepartmentId()).map(DepartmentReference::name).orElse(""), coOwners,
                c.getPaymentStatus(), c.getCollectionStatus(), c.getGrade(), c.getRating(), c.getLastFollowUpOn(),
                c.getCreatedAt(), c.getUpdatedAt(), understaffed, permissions);
    }
}
