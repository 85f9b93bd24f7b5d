package com.keyaccount.portal.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One customer archive (客户档案, 戶頭): 一個客戶一份檔案 (004-2 五). Basic data of 000 信息办法 第四条 and 004 第二章 一,
 * classification (000 信息办法 第二、三条; 001 一篇 第4条; 004-3 第四条), confidentiality level (004 第三章 一), lifecycle
 * status (000 选择制度, 名册制度), owner and co-responsible staff (000 信息办法 第十条). Every change is kept by Envers
 * (重大变动均须记入档案, 000 信息办法 第四条); the search keys, time stamps and counters are derived and not audited.
 * The owner and department are ids: the {@code org} module owns people.
 */
@Entity
@Table(name = "customer")
@Audited
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** 大客户代码, assigned when the archive becomes active; never reused. */
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name")
    private String shortName;

    @NotAudited
    @Column(name = "name_key", nullable = false)
    private String nameKey = "";

    @NotAudited
    @Column(name = "name_pinyin", nullable = false)
    private String namePinyin = "";

    @NotAudited
    @Column(name = "name_initials", nullable = false)
    private String nameInitials = "";

    /** 统一社会信用代码 (GB 32100-2015), upper case; null for individuals and foreign firms. */
    @Column(name = "credit_code")
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerVariant variant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerNature nature;

    @Enumerated(EnumType.STRING)
    @Column(name = "special_kind")
    private SpecialKind specialKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_type")
    private BusinessType businessType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Market market = Market.DOMESTIC;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private CustomerRegion region;

    private String industry;

    @Column(name = "legal_representative")
    private String legalRepresentative;

    private String address;
    private String postcode;
    private String phone;
    private String fax;
    private String email;
    private String website;

    @Column(name = "business_scope")
    private String businessScope;

    @Column(name = "registered_capital")
    private BigDecimal registeredCapital;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(name = "trade_since")
    private LocalDate tradeSince;

    @Column(name = "organisation_form")
    private String organisationForm;

    private BigDecimal assets;

    @Column(name = "employee_count")
    private Integer employeeCount;

    @Column(name = "annual_sales")
    private BigDecimal annualSales;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidentiality confidentiality = Confidentiality.PERSONAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerStatus status = CustomerStatus.PROSPECT;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind")
    private EndKind endKind;

    /** Why the status last changed (a stopped survey, an ended trade), as the person who moved it wrote. */
    @Column(name = "status_reason")
    private String statusReason;

    @NotAudited
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "owner_employee_id", nullable = false)
    private long ownerEmployeeId;

    /** The owning department (the owner's at assignment): department-level archives and data scopes use it. */
    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "customer_co_owner", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "employee_id", nullable = false)
    private Set<Long> coOwnerIds = new LinkedHashSet<>();

    /** The name's search tokens ({@link CustomerNames#nameTokens}), kept with the name; derived, not audited. */
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "customer_name_token", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "token", nullable = false)
    private Set<String> nameTokens = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status")
    private PaymentRating paymentStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "collection_status")
    private PaymentRating collectionStatus;

    /** The effective A1–D grade (computed, or a manager's override); null until sales are known. */
    @Enumerated(EnumType.STRING)
    private Grade grade;

    /** The effective AAA–B rating (客户等级分类表). */
    @Enumerated(EnumType.STRING)
    private Rating rating;

    @NotAudited
    @Column(name = "last_follow_up_on")
    private LocalDate lastFollowUpOn;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {
    }

    public Customer(long ownerEmployeeId, long departmentId, String createdBy, Instant now) {
        this.ownerEmployeeId = ownerEmployeeId;
        this.departmentId = departmentId;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.updatedAt = now;
        this.statusChangedAt = now;
    }

    /** Moves along the lifecycle; an illegal move is a programming error here (services check first). */
    public void moveTo(CustomerStatus next, String reason, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException(status + " -> " + next);
        }
        this.status = next;
        this.statusReason = reason;
        this.statusChangedAt = now;
        this.updatedAt = now;
        if (next != CustomerStatus.TERMINATED && next != CustomerStatus.DEREGISTERED) {
            this.endKind = null;
        }
    }

    public void setName(String name) {
        this.name = name;
        this.nameKey = CustomerNames.key(name);
        this.namePinyin = PinyinKeys.full(name);
        this.nameInitials = PinyinKeys.initials(name);
        Set<String> tokens = CustomerNames.nameTokens(name);
        if (!nameTokens.equals(tokens)) {
            // only what changed: an unchanged name leaves the collection, its rows and the version alone
            nameTokens.retainAll(tokens);
            nameTokens.addAll(tokens);
        }
    }

    public boolean isOwnedOrCoOwnedBy(long employeeId) {
        return ownerEmployeeId == employeeId || coOwnerIds.contains(employeeId);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getNameKey() { return nameKey; }
    public String getNamePinyin() { return namePinyin; }
    public String getNameInitials() { return nameInitials; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public CustomerVariant getVariant() { return variant; }
    public void setVariant(CustomerVariant variant) { this.variant = variant; }
    public CustomerNature getNature() { return nature; }
    public void setNature(CustomerNature nature) { this.nature = nature; }
    public SpecialKind getSpecialKind() { return specialKind; }
    public void setSpecialKind(SpecialKind specialKind) { this.specialKind = specialKind; }
    public BusinessType getBusinessType() { return businessType; }
    public void setBusinessType(BusinessType businessType) { this.businessType = businessType; }
    public Market getMarket() { return market; }
    public void setMarket(Market market) { this.market = market; }
    public CustomerRegion getRegion() { return region; }
    public void setRegion(CustomerRegion region) { this.region = region; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getBusinessScope() { return businessScope; }
    public void setBusinessScope(String businessScope) { this.businessScope = businessScope; }
    public BigDecimal getRegisteredCapital() { return registeredCapital; }
    public void setRegisteredCapital(BigDecimal registeredCapital) { this.registeredCapital = registeredCapital; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public LocalDate getTradeSince() { return tradeSince; }
    public void setTradeSince(LocalDate tradeSince) { this.tradeSince = tradeSince; }
    public String getOrganisationForm() { return organisationForm; }
    public void setOrganisationForm(String organisationForm) { this.organisationForm = organisationForm; }
    public BigDecimal getAssets() { return assets; }
    public void setAssets(BigDecimal assets) { this.assets = assets; }
    public Integer getEmployeeCount() { return employeeCount; }
    public void setEmployeeCount(Integer employeeCount) { this.employeeCount = employeeCount; }
    public BigDecimal getAnnualSales() { return annualSales; }
    public void setAnnualSales(BigDecimal annualSales) { this.annualSales = annualSales; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    public CustomerStatus getStatus() { return status; }
    public EndKind getEndKind() { return endKind; }
    public void setEndKind(EndKind endKind) { this.endKind = endKind; }
    public String getStatusReason() { return statusReason; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public long getOwnerEmployeeId() { return ownerEmployeeId; }
    public void setOwner(long ownerEmployeeId, long departmentId) {
        this.ownerEmployeeId = ownerEmployeeId;
        this.departmentId = departmentId;
    }
    public long getDepartmentId() { return departmentId; }
    public Set<Long> getCoOwnerIds() { return coOwnerIds; }
    public PaymentRating getPaymentStatus() { return paymentStatus; }
    public void setPaymentStatus(PaymentRating paymentStatus) { this.paymentStatus = paymentStatus; }
    public PaymentRating getCollectionStatus() { return collectionStatus; }
    public void setCollectionStatus(PaymentRating collectionStatus) { this.collectionStatus = collectionStatus; }
    public Grade getGrade() { return grade; }
    public void setGrade(Grade grade) { this.grade = grade; }
    public Rating getRating() { return rating; }
    public void setRating(Rating rating) { this.rating = rating; }
    public LocalDate getLastFollowUpOn() { return lastFollowUpOn; }
    public void setLastFollowUpOn(LocalDate lastFollowUpOn) { this.lastFollowUpOn = lastFollowUpOn; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void touch(Instant now) { this.updatedAt = now; }
}
