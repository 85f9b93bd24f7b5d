package com.keyaccount.portal.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 法人客户信息资料表 (002 八): one per archive of a legal person. 支付状况 and 回收状况 are not here but on {@link Customer}
 * (one place, where grades read them).
 */
@Entity
@Table(name = "customer_legal_sheet")
public class LegalPersonSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "rep_birth_date")
    private LocalDate repBirthDate;

    @Column(name = "rep_personality")
    private String repPersonality;

    @Column(name = "rep_interests")
    private String repInterests;

    @Column(name = "rep_education")
    private String repEducation;

    @Column(name = "rep_abilities")
    private String repAbilities;

    @Column(name = "rep_family")
    private String repFamily;

    @Column(name = "enterprise_scale")
    private String enterpriseScale;

    @Column(name = "output_volume")
    private String outputVolume;

    @Column(name = "premises_layout")
    private String premisesLayout;

    @Column(name = "nearby_competitors")
    private String nearbyCompetitors;

    @Column(name = "sales_handler")
    private String salesHandler;

    @Column(name = "trade_started_on")
    private LocalDate tradeStartedOn;

    @Column(name = "main_customers")
    private String mainCustomers;

    @Column(name = "sales_regions")
    private String salesRegions;

    @Column(name = "product_types")
    private String productTypes;

    @Column(name = "monthly_capability")
    private String monthlyCapability;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "bank_account")
    private String bankAccount;

    @Column(name = "bank_credit")
    private String bankCredit;

    @Column(name = "business_organisation")
    private String businessOrganisation;

    @Column(name = "bookkeeping")
    private String bookkeeping;

    @Column(name = "peer_reputation")
    private String peerReputation;

    @Column(name = "capital")
    private BigDecimal capital;

    @Column(name = "payment_date")
    private String paymentDate;

    @Column(name = "closing_practice")
    private String closingPractice;

    @Column(name = "settlement_days")
    private Integer settlementDays;

    @Column(name = "payment_days")
    private Integer paymentDays;

    @Column(name = "terms_cash_pct")
    private Integer termsCashPct;

    @Column(name = "terms_cheque_pct")
    private Integer termsChequePct;

    @Column(name = "terms_draft_pct")
    private Integer termsDraftPct;

    @Column(name = "collect_cash_pct")
    private Integer collectCashPct;

    @Column(name = "collect_cheque_pct")
    private Integer collectChequePct;

    @Column(name = "collect_draft_pct")
    private Integer collectDraftPct;

    @Column(name = "collect_other_pct")
    private Integer collectOtherPct;

    @ElementCollection
    @CollectionTable(name = "customer_legal_sheet_manager", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "sort_index")
    private List<SheetEmbeddables.Manager> managers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_legal_sheet_product", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "sort_index")
    private List<SheetEmbeddables.Product> products = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected LegalPersonSheet() {
    }

    LegalPersonSheet(long customerId) {
        this.customerId = customerId;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getCustomerId() { return customerId; }

    /** Takes the sheet's own fields from the (validated) form. */
    void apply(LegalPersonSheetDraft d, Instant now, String by) {
        repBirthDate = d.getRepBirthDate();
        repPersonality = ContactService.trimmed(d.getRepPersonality());
        repInterests = ContactService.trimmed(d.getRepInterests());
        repEducation = ContactService.trimmed(d.getRepEducation());
        repAbilities = ContactService.trimmed(d.getRepAbilities());
        repFamily = ContactService.trimmed(d.getRepFamily());
        enterpriseScale = ContactService.trimmed(d.getEnterpriseScale());
        outputVolume = ContactService.trimmed(d.getOutputVolume());
        premisesLayout = ContactService.trimmed(d.getPremisesLayout());
        nearbyCompetitors = ContactService.trimmed(d.getNearbyCompetitors());
        salesHandler = ContactService.trimmed(d.getSalesHandler());
        tradeStartedOn = d.getTradeStartedOn();
        mainCustomers = ContactService.trimmed(d.getMainCustomers());
        salesRegions = ContactService.trimmed(d.getSalesRegions());
        productTypes = ContactService.trimmed(d.getProductTypes());
        monthlyCapability = ContactService.trimmed(d.getMonthlyCapability());
        bankName = ContactService.trimmed(d.getBankName());
        bankAccount = ContactService.trimmed(d.getBankAccount());
        bankCredit = ContactService.trimmed(d.getBankCredit());
        businessOrganisation = ContactService.trimmed(d.getBusinessOrganisation());
        bookkeeping = ContactService.trimmed(d.getBookkeeping());
        peerReputation = ContactService.trimmed(d.getPeerReputation());
        capital = d.getCapital();
        paymentDate = ContactService.trimmed(d.getPaymentDate());
        closingPractice = ContactService.trimmed(d.getClosingPractice());
        settlementDays = d.getSettlementDays();
        paymentDays = d.getPaymentDays();
        termsCashPct = d.getTermsCashPct();
        termsChequePct = d.getTermsChequePct();
        termsDraftPct = d.getTermsDraftPct();
        collectCashPct = d.getCollectCashPct();
        collectChequePct = d.getCollectChequePct();
        collectDraftPct = d.getCollectDraftPct();
        collectOtherPct = d.getCollectOtherPct();
        managers.clear();
        d.getManagers().forEach(p -> managers.add(SheetEmbeddables.Manager.of(p)));
        products.clear();
        d.getProducts().forEach(p -> products.add(SheetEmbeddables.Product.of(p)));
        updatedAt = now;
        updatedBy = by;
    }

    /** Fills the sheet's own fields of the form. */
    void copyTo(LegalPersonSheetDraft d) {
        d.setRepBirthDate(repBirthDate);
        d.setRepPersonality(repPersonality);
        d.setRepInterests(repInterests);
        d.setRepEducation(repEducation);
        d.setRepAbilities(repAbilities);
        d.setRepFamily(repFamily);
        d.setEnterpriseScale(enterpriseScale);
        d.setOutputVolume(outputVolume);
        d.setPremisesLayout(premisesLayout);
        d.setNearbyCompetitors(nearbyCompetitors);
        d.setSalesHandler(salesHandler);
        d.setTradeStartedOn(tradeStartedOn);
        d.setMainCustomers(mainCustomers);
        d.setSalesRegions(salesRegions);
        d.setProductTypes(productTypes);
        d.setMonthlyCapability(monthlyCapability);
        d.setBankName(bankName);
        d.setBankAccount(bankAccount);
        d.setBankCredit(bankCredit);
        d.setBusinessOrganisation(businessOrganisation);
        d.setBookkeeping(bookkeeping);
        d.setPeerReputation(peerReputation);
        d.setCapital(capital);
        d.setPaymentDate(paymentDate);
        d.setClosingPractice(closingPractice);
        d.setSettlementDays(settlementDays);
        d.setPaymentDays(paymentDays);
        d.setTermsCashPct(termsCashPct);
        d.setTermsChequePct(termsChequePct);
        d.setTermsDraftPct(termsDraftPct);
        d.setCollectCashPct(collectCashPct);
        d.setCollectChequePct(collectChequePct);
        d.setCollectDraftPct(collectDraftPct);
        d.setCollectOtherPct(collectOtherPct);
        d.setManagers(managers.stream().map(SheetEmbeddables.Manager::toRecord).toList());
        d.setProducts(products.stream().map(SheetEmbeddables.Product::toRecord).toList());
        d.setVersion(version);
    }
}
