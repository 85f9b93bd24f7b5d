package com.keyaccount.portal.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The editable part of an archive as the archive form binds it: basic data (000 信息办法 第四条; 004 第二章 一),
 * classification, level and staff. {@link #getVersion()} carries the version the form was loaded with, so a second
 * save of a stale form is refused instead of overwriting.
 */
public class CustomerDraft {

    private String name;
    private String shortName;
    private String creditCode;
    private CustomerVariant variant = CustomerVariant.END_CUSTOMER_CARD;
    private CustomerNature nature = CustomerNature.END_CUSTOMER;
    private SpecialKind specialKind;
    private BusinessType businessType;
    private Market market = Market.DOMESTIC;
    private Long regionId;
    private String industry;
    private String legalRepresentative;
    private String address;
    private String postcode;
    private String phone;
    private String fax;
    private String email;
    private String website;
    private String businessScope;
    private BigDecimal registeredCapital;
    private LocalDate foundedOn;
    private LocalDate tradeSince;
    private String organisationForm;
    private BigDecimal assets;
    private Integer employeeCount;
    private BigDecimal annualSales;
    private Confidentiality confidentiality = Confidentiality.PERSONAL;
    private Long ownerId;
    private Set<Long> coOwnerIds = new LinkedHashSet<>();
    private PaymentRating paymentStatus;
    private PaymentRating collectionStatus;
    private long version;

    public static CustomerDraft of(Customer c) {
        CustomerDraft d = new CustomerDraft();
        d.name = c.getName();
        d.shortName = c.getShortName();
        d.creditCode = c.getCreditCode();
        d.variant = c.getVariant();
        d.nature = c.getNature();
        d.specialKind = c.getSpecialKind();
        d.businessType = c.getBusinessType();
        d.market = c.getMarket();
        d.regionId = c.getRegion() == null ? null : c.getRegion().getId();
        d.industry = c.getIndustry();
        d.legalRepresentative = c.getLegalRepresentative();
        d.address = c.getAddress();
        d.postcode = c.getPostcode();
        d.phone = c.getPhone();
        d.fax = c.getFax();
        d.email = c.getEmail();
        d.website = c.getWebsite();
        d.businessScope = c.getBusinessScope();
        d.registeredCapital = c.getRegisteredCapital();
        d.foundedOn = c.getFoundedOn();
        d.tradeSince = c.getTradeSince();
        d.organisationForm = c.getOrganisationForm();
        d.assets = c.getAssets();
        d.employeeCount = c.getEmployeeCount();
        d.annualSales = c.getAnnualSales();
        d.confidentiality = c.getConfidentiality();
        d.ownerId = c.getOwnerEmployeeId();
        d.coOwnerIds = new LinkedHashSet<>(c.getCoOwnerIds());
        d.paymentStatus = c.getPaymentStatus();
        d.collectionStatus = c.getCollectionStatus();
        d.version = c.getVersion();
        return d;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
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
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long regionId) { this.regionId = regionId; }
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
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Set<Long> getCoOwnerIds() { return coOwnerIds; }
    public void setCoOwnerIds(Set<Long> coOwnerIds) { this.coOwnerIds = new LinkedHashSet<>(coOwnerIds); }
    public PaymentRating getPaymentStatus() { return paymentStatus; }
    public void setPaymentStatus(PaymentRating paymentStatus) { this.paymentStatus = paymentStatus; }
    public PaymentRating getCollectionStatus() { return collectionStatus; }
    public void setCollectionStatus(PaymentRating collectionStatus) { this.collectionStatus = collectionStatus; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
