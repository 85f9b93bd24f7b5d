package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.LegalPersonSheetRepository;
import com.keyaccount.portal.customer.repository.NaturalPersonSheetRepository;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two customer information sheets: the 法人客户信息资料表 (002 八) of a unit and the 自然人客户信息资料表 (002 九) of an
 * individual. Whoever may open the archive reads its sheet (004 第三章: the sheet is part of the archive and as
 * confidential); its editors save it, version-checked and audited. 支付状况 and 回收状况 are written to the archive
 * (customer.payment_status / collection_status), the one place grades read them. The percentages of 交易条件 and of
 * 货款回收办法 each sum to 100 once any of them is filled in.
 */
@Service
public class CustomerSheetService {

    static final int MAX_ROWS = 20;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    private static final int MAX_DAYS = 366;

    private final CustomerRepository customers;
    private final LegalPersonSheetRepository legalSheets;
    private final NaturalPersonSheetRepository personSheets;
    private final CustomerAccess access;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;
    private final String assetLabels;

    CustomerSheetService(CustomerRepository customers, LegalPersonSheetRepository legalSheets,
            NaturalPersonSheetRepository personSheets, CustomerAccess access, AuditService audit,
            CurrentUser currentUser, Clock clock, ZoneId businessZone,
            @Value("${portal.customer.asset-labels:vehicle}") String assetLabels) {
        this.customers = customers;
        this.legalSheets = legalSheets;
        this.personSheets = personSheets;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = businessZone;
        this.assetLabels = assetLabels;
    }

    /** The legal-person sheet of a unit's archive; an empty form (without version) before its first save. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public LegalPersonSheetDraft loadLegal(long customerId) {
        Customer customer = require(customerId);
        access.requireOpen(customer);
        requireLegal(customer);
        LegalPersonSheetDraft draft = new LegalPersonSheetDraft();
        legalSheets.findByCustomerId(customerId).ifPresent(sheet -> sheet.copyTo(draft));
        draft.setCustomerName(customer.getName());
        draft.setAddress(customer.getAddress());
        draft.setPhone(customer.getPhone());
        draft.setLegalRepresentative(customer.getLegalRepresentative());
        draft.setPaymentStatus(customer.getPaymentStatus());
        draft.setCollectionStatus(customer.getCollectionStatus());
        draft.setAsOf(today());
        return draft;
    }

    /** Saves the legal-person sheet; refused when someone else saved it since the form was loaded. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void saveLegal(long customerId, LegalPersonSheetDraft draft) {
        Customer customer = require(customerId);
        access.requireEdit(customer);
        requireLegal(customer);
        validate(draft);
        LegalPersonSheet sheet = legalSheets.findByCustomerId(customerId).orElse(null);
        requireVersion(LegalPersonSheet.class, customerId, sheet == null ? null : sheet.getVersion(), draft.getVersion());
        if (sheet == null) {
            sheet = new LegalPersonSheet(customerId);
        }
        sheet.apply(draft, clock.instant(), currentUser.actorName());
        AuditDetail.Changes changes = new AuditDetail.Changes()
                .field("customer.field.paymentStatus",
                        AuditDetail.translated("customer.paymentRating.", customer.getPaymentStatus()),
                        AuditDetail.translated("customer.paymentRating.", draft.getPaymentStatus()))
                .field("customer.field.collectionStatus",
                        AuditDetail.translated("customer.paymentRating.", customer.getCollectionStatus()),
                        AuditDetail.translated("customer.paymentRating.", draft.getCollectionStatus()));
        // the one place of 支付状况 / 回收状况: the archive's columns (grades read them there)
        if (!changes.isEmpty()) {
            customer.setPaymentStatus(draft.getPaymentStatus());
            customer.setCollectionStatus(draft.getCollectionStatus());
            customer.touch(clock.instant());
        }
        try {
            legalSheets.saveAndFlush(sheet);
            customers.flush();
        } catch (DataIntegrityViolationException e) {
            throw new ObjectOptimisticLockingFailureException(LegalPersonSheet.class, customerId, e);
        }
        audit.record(CustomerRecordAudit.LEGAL_SHEET_SAVED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.legalSheetSaved", customer.getName()).withChanges(changes.list()));
    }

    /** The natural-person sheet of an individual's archive; an empty form (without version) before its first save. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public NaturalPersonSheetDraft loadNatural(long customerId) {
        Customer customer = require(customerId);
        access.requireOpen(customer);
        requireNatural(customer);
        NaturalPersonSheetDraft draft = new NaturalPersonSheetDraft();
        personSheets.findByCustomerId(customerId).ifPresent(sheet -> sheet.copyTo(draft));
        draft.setCustomerName(customer.getName());
        draft.setAddress(customer.getAddress());
        draft.setPhone(customer.getPhone());
        draft.setAssetLabels(assetLabels);
        return draft;
    }

    /** Saves the natural-person sheet; refused when someone else saved it since the form was loaded. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void saveNatural(long customerId, NaturalPersonSheetDraft draft) {
        Customer customer = require(customerId);
        access.requireEdit(customer);
        requireNatural(customer);
        validate(draft);
        NaturalPersonSheet sheet = personSheets.findByCustomerId(customerId).orElse(null);
        requireVersion(NaturalPersonSheet.class, customerId, sheet == null ? null : sheet.getVersion(),
                draft.getVersion());
        if (sheet == null) {
            sheet = new NaturalPersonSheet(customerId);
        }
        sheet.apply(draft, clock.instant(), currentUser.actorName());
        try {
            personSheets.saveAndFlush(sheet);
        } catch (DataIntegrityViolationException e) {
            throw new ObjectOptimisticLockingFailureException(NaturalPersonSheet.class, customerId, e);
        }
        audit.record(CustomerRecordAudit.PERSON_SHEET_SAVED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.personSheetSaved", customer.getName()));
    }

    private void validate(LegalPersonSheetDraft d) {
        text("repPersonality", d.getRepPersonality(), 200);
        text("repInterests", d.getRepInterests(), 200);
        text("repEducation", d.getRepEducation(), 100);
        text("repAbilities", d.getRepAbilities(), 200);
        text("repFamily", d.getRepFamily(), 300);
        text("enterpriseScale", d.getEnterpriseScale(), 200);
        text("outputVolume", d.getOutputVolume(), 200);
        text("premisesLayout", d.getPremisesLayout(), 300);
        text("nearbyCompetitors", d.getNearbyCompetitors(), 500);
        text("salesHandler", d.getSalesHandler(), 100);
        text("mainCustomers", d.getMainCustomers(), 500);
        text("salesRegions", d.getSalesRegions(), 300);
        text("productTypes", d.getProductTypes(), 300);
        text("monthlyCapability", d.getMonthlyCapability(), 300);
        text("bankName", d.getBankName(), 100);
        text("bankAccount", d.getBankAccount(), 50);
        text("bankCredit", d.getBankCredit(), 200);
        text("businessOrganisation", d.getBusinessOrganisation(), 200);
        text("bookkeeping", d.getBookkeeping(), 200);
        text("peerReputation", d.getPeerReputation(), 300);
        text("paymentDate", d.getPaymentDate(), 100);
        text("closingPractice", d.getClosingPractice(), 300);
        LocalDate today = today();
        notFuture("repBirthDate", d.getRepBirthDate(), today);
        notFuture("tradeStartedOn", d.getTradeStartedOn(), today);
        if (d.getCapital() != null && (d.getCapital().signum() < 0 || d.getCapital().compareTo(MAX_AMOUNT) > 0
                || d.getCapital().stripTrailingZeros().scale() > 2)) {
            throw BusinessException.onField("capital", "customer.amount.invalid");
        }
        days("settlementDays", d.getSettlementDays());
        days("paymentDays", d.getPaymentDays());
        // 交易条件 and 货款回收办法 (002 八): shares of one whole
        percentages("termsCashPct", d.getTermsCashPct(), d.getTermsChequePct(), d.getTermsDraftPct());
        percentages("collectCashPct", d.getCollectCashPct(), d.getCollectChequePct(), d.getCollectDraftPct(),
                d.getCollectOtherPct());
        rows("managers", d.getManagers().size());
        for (PersonProfile p : d.getManagers()) {
            if (ContactService.trimmed(p.name()) == null) {
                throw BusinessException.onField("managers", "customer.sheet.manager.nameRequired");
            }
            Stream.of(p.name(), p.title(), p.education()).forEach(v -> text("managers", v, 100));
            Stream.of(p.personality(), p.interests(), p.abilities()).forEach(v -> text("managers", v, 200));
            text("managers", p.family(), 300);
            notFuture("managers", p.birthDate(), today);
        }
        rows("products", d.getProducts().size());
        for (ProductLine p : d.getProducts()) {
            if (ContactService.trimmed(p.name()) == null) {
                throw BusinessException.onField("products", "customer.sheet.product.nameRequired");
            }
            text("products", p.name(), 100);
            text("products", p.productType(), 100);
            if (p.price() != null && (p.price().signum() < 0 || p.price().compareTo(MAX_AMOUNT) > 0
                    || p.price().stripTrailingZeros().scale() > 2)) {
                throw BusinessException.onField("products", "customer.amount.invalid");
            }
        }
    }

    private void validate(NaturalPersonSheetDraft d) {
        text("businessNo", d.getBusinessNo(), 50);
        text("sheetNo", d.getSheetNo(), 50);
        text("contactPerson", d.getContactPerson(), 100);
        text("visitReason", d.getVisitReason(), 500);
        text("visitor", d.getVisitor(), 100);
        text("customerOpinion", d.getCustomerOpinion(), 1000);
        text("desiredService", d.getDesiredService(), 1000);
        text("assetCare", d.getAssetCare(), 500);
        text("hobbies", d.getHobbies(), 500);
        text("employerPolicy", d.getEmployerPolicy(), 500);
        LocalDate today = today();
        notFuture("visitedOn", d.getVisitedOn(), today);
        rows("assets", d.getAssets().size());
        for (AssetRecord a : d.getAssets()) {
            if (ContactService.trimmed(a.assetType()) == null) {
                throw BusinessException.onField("assets", "customer.sheet.asset.typeRequired");
            }
            Stream.of(a.assetType(), a.identifier(), a.broughtBy()).forEach(v -> text("assets", v, 100));
            text("assets", a.description(), 500);
            text("assets", a.firstItem(), 300);
            notFuture("assets", a.firstServiceOn(), today);
        }
        rows("services", d.getServices().size());
        for (ServiceRecord s : d.getServices()) {
            if (s.servedOn() == null || ContactService.trimmed(s.item()) == null) {
                throw BusinessException.onField("services", "customer.sheet.service.required");
            }
            text("services", s.item(), 300);
            text("services", s.broughtBy(), 100);
            notFuture("services", s.servedOn(), today);
            if (s.nextServiceOn() != null && s.nextServiceOn().isBefore(s.servedOn())) {
                throw BusinessException.onField("services", "customer.sheet.service.nextBeforeServed");
            }
        }
    }

    private static void percentages(String field, Integer... shares) {
        if (Stream.of(shares).allMatch(Objects::isNull)) {
            return;
        }
        int sum = 0;
        for (Integer share : shares) {
            if (share != null && (share < 0 || share > 100)) {
                throw BusinessException.onField(field, "customer.sheet.percent.range");
            }
            sum += share == null ? 0 : share;
        }
        if (sum != 100) {
            throw BusinessException.onField(field, "customer.sheet.percent.sum", sum);
        }
    }

    private static void days(String field, Integer days) {
        if (days != null && (days < 0 || days > MAX_DAYS)) {
            throw BusinessException.onField(field, "customer.sheet.days.range", MAX_DAYS);
        }
    }

    private static void rows(String field, int count) {
        if (count > MAX_ROWS) {
            throw BusinessException.onField(field, "customer.sheet.rows.tooMany", MAX_ROWS);
        }
    }

    private static void text(String field, String value, int max) {
        ContactService.length(field, ContactService.trimmed(value), max);
    }

    private static void notFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw BusinessException.onField(field, "customer.date.future");
        }
    }

    private static void requireVersion(Class<?> type, long customerId, Long stored, Long expected) {
        if (stored == null ? expected != null : expected == null) {
            throw new ObjectOptimisticLockingFailureException(type, customerId);
        }
        if (stored != null) {
            Versions.require(type, customerId, stored, expected);
        }
    }

    private static void requireLegal(Customer customer) {
        if (customer.getVariant() == CustomerVariant.NATURAL_PERSON) {
            throw new BusinessException("customer.sheet.legalOnly");
        }
    }

    private static void requireNatural(Customer customer) {
        if (customer.getVariant() != CustomerVariant.NATURAL_PERSON) {
            throw new BusinessException("customer.sheet.personOnly");
        }
    }

    private Customer require(long customerId) {
        return customers.findById(customerId).orElseThrow(() -> new BusinessException("customer.notFound"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
