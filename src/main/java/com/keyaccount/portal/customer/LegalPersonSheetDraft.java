package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 法人客户信息资料表 (002 八) as its form binds it: the representative's profile and the header, the managers, 营业方面
 * with its products, 会计方面, 交易条件, 支付状况 / 回收状况 (stored on the archive, where grades read them) and 货款回收办法.
 * The archive's name, address, phone and 法人代表 are shown from the archive and changed there. {@link #getVersion()} is
 * null for a sheet not yet saved.
 */
public class LegalPersonSheetDraft implements Serializable {

    private String customerName;
    private String address;
    private String phone;
    private String legalRepresentative;
    /** The business day the sheet was loaded: ages are computed on it. */
    private LocalDate asOf;
    private LocalDate repBirthDate;
    private String repPersonality;
    private String repInterests;
    private String repEducation;
    private String repAbilities;
    private String repFamily;
    private String enterpriseScale;
    private String outputVolume;
    private String premisesLayout;
    private String nearbyCompetitors;
    private String salesHandler;
    private LocalDate tradeStartedOn;
    private String mainCustomers;
    private String salesRegions;
    private String productTypes;
    private String monthlyCapability;
    private String bankName;
    private String bankAccount;
    private String bankCredit;
    private String businessOrganisation;
    private String bookkeeping;
    private String peerReputation;
    private BigDecimal capital;
    private String paymentDate;
    private String closingPractice;
    private Integer settlementDays;
    private Integer paymentDays;
    private Integer termsCashPct;
    private Integer termsChequePct;
    private Integer termsDraftPct;
    private Integer collectCashPct;
    private Integer collectChequePct;
    private Integer collectDraftPct;
    private Integer collectOtherPct;
    private PaymentRating paymentStatus;
    private PaymentRating collectionStatus;
    private List<PersonProfile> managers = new ArrayList<>();
    private List<ProductLine> products = new ArrayList<>();
    private Long version;

    /** The representative's age on {@link #getAsOf()}. */
    public Integer getRepresentativeAge() {
        return PersonProfile.age(repBirthDate, asOf);
    }

    public String getCustomerName() { return customerName; }
    public void setCustomerName(String customerName) { this.customerName = customerName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public LocalDate getRepBirthDate() { return repBirthDate; }
    public void setRepBirthDate(LocalDate repBirthDate) { this.repBirthDate = repBirthDate; }
    public String getRepPersonality() { return repPersonality; }
    public void setRepPersonality(String repPersonality) { this.repPersonality = repPersonality; }
    public String getRepInterests() { return repInterests; }
    public void setRepInterests(String repInterests) { this.repInterests = repInterests; }
    public String getRepEducation() { return repEducation; }
    public void setRepEducation(String repEducation) { this.repEducation = repEducation; }
    public String getRepAbilities() { return repAbilities; }
    public void setRepAbilities(String repAbilities) { this.repAbilities = repAbilities; }
    public String getRepFamily() { return repFamily; }
    public void setRepFamily(String repFamily) { this.repFamily = repFamily; }
    public String getEnterpriseScale() { return enterpriseScale; }
    public void setEnterpriseScale(String enterpriseScale) { this.enterpriseScale = enterpriseScale; }
    public String getOutputVolume() { return outputVolume; }
    public void setOutputVolume(String outputVolume) { this.outputVolume = outputVolume; }
    public String getPremisesLayout() { return premisesLayout; }
    public void setPremisesLayout(String premisesLayout) { this.premisesLayout = premisesLayout; }
    public String getNearbyCompetitors() { return nearbyCompetitors; }
    public void setNearbyCompetitors(String nearbyCompetitors) { this.nearbyCompetitors = nearbyCompetitors; }
    public String getSalesHandler() { return salesHandler; }
    public void setSalesHandler(String salesHandler) { this.salesHandler = salesHandler; }
    public LocalDate getTradeStartedOn() { return tradeStartedOn; }
    public void setTradeStartedOn(LocalDate tradeStartedOn) { this.tradeStartedOn = tradeStartedOn; }
    public String getMainCustomers() { return mainCustomers; }
    public void setMainCustomers(String mainCustomers) { this.mainCustomers = mainCustomers; }
    public String getSalesRegions() { return salesRegions; }
    public void setSalesRegions(String salesRegions) { this.salesRegions = salesRegions; }
    public String getProductTypes() { return productTypes; }
    public void setProductTypes(String productTypes) { this.productTypes = productTypes; }
    public String getMonthlyCapability() { return monthlyCapability; }
    public void setMonthlyCapability(String monthlyCapability) { this.monthlyCapability = monthlyCapability; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getBankAccount() { return bankAccount; }
    public void setBankAccount(String bankAccount) { this.bankAccount = bankAccount; }
    public String getBankCredit() { return bankCredit; }
    public void setBankCredit(String bankCredit) { this.bankCredit = bankCredit; }
    public String getBusinessOrganisation() { return businessOrganisation; }
    public void setBusinessOrganisation(String businessOrganisation) { this.businessOrganisation = businessOrganisation; }
    public String getBookkeeping() { return bookkeeping; }
    public void setBookkeeping(String bookkeeping) { this.bookkeeping = bookkeeping; }
    public String getPeerReputation() { return peerReputation; }
    public void setPeerReputation(String peerReputation) { this.peerReputation = peerReputation; }
    public BigDecimal getCapital() { return capital; }
    public void setCapital(BigDecimal capital) { this.capital = capital; }
    public String getPaymentDate() { return paymentDate; }
    public void setPaymentDate(String paymentDate) { this.paymentDate = paymentDate; }
    public String getClosingPractice() { return closingPractice; }
    public void setClosingPractice(String closingPractice) { this.closingPractice = closingPractice; }
    public Integer getSettlementDays() { return settlementDays; }
    public void setSettlementDays(Integer settlementDays) { this.settlementDays = settlementDays; }
    public Integer getPaymentDays() { return paymentDays; }
    public void setPaymentDays(Integer paymentDays) { this.paymentDays = paymentDays; }
    public Integer getTermsCashPct() { return termsCashPct; }
    public void setTermsCashPct(Integer termsCashPct) { this.termsCashPct = termsCashPct; }
    public Integer getTermsChequePct() { return termsChequePct; }
    public void setTermsChequePct(Integer termsChequePct) { this.termsChequePct = termsChequePct; }
    public Integer getTermsDraftPct() { return termsDraftPct; }
    public void setTermsDraftPct(Integer termsDraftPct) { this.termsDraftPct = termsDraftPct; }
    public Integer getCollectCashPct() { return collectCashPct; }
    public void setCollectCashPct(Integer collectCashPct) { this.collectCashPct = collectCashPct; }
    public Integer getCollectChequePct() { return collectChequePct; }
    public void setCollectChequePct(Integer collectChequePct) { this.collectChequePct = collectChequePct; }
    public Integer getCollectDraftPct() { return collectDraftPct; }
    public void setCollectDraftPct(Integer collectDraftPct) { this.collectDraftPct = collectDraftPct; }
    public Integer getCollectOtherPct() { return collectOtherPct; }
    public void setCollectOtherPct(Integer collectOtherPct) { this.collectOtherPct = collectOtherPct; }
    public PaymentRating getPaymentStatus() { return paymentStatus; }
    public void setPaymentStatus(PaymentRating paymentStatus) { this.paymentStatus = paymentStatus; }
    public PaymentRating getCollectionStatus() { return collectionStatus; }
    public void setCollectionStatus(PaymentRating collectionStatus) { this.collectionStatus = collectionStatus; }
    public List<PersonProfile> getManagers() { return managers; }
    public void setManagers(List<PersonProfile> managers) { this.managers = new ArrayList<>(managers); }
    public List<ProductLine> getProducts() { return products; }
    public void setProducts(List<ProductLine> products) { this.products = new ArrayList<>(products); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
