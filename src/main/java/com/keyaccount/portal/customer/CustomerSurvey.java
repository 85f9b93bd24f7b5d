package com.keyaccount.portal.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The survey of a prospect and its 交易开始调查书 / 客户认定申请 (000 大客户开发选择制度 第六–八条; 000 客户名册管理制度
 * 第五条): 一般调查 (企业沿革, 企业概况, 最新年度决算表, 产品指南/目录; 生产经营情况, 经营方针, 对本公司的基本看法),
 * 实地调查 with the departments that joined, and the report (交易的理由及基本交易方针, 交易商品目录与金额, 调查资料与调查结果).
 * One per archive, keyed by the customer's id.
 */
@Entity
@Table(name = "customer_survey")
public class CustomerSurvey {

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Version
    private long version;

    private String history;
    private String profile;
    @Column(name = "annual_accounts")
    private String annualAccounts;
    @Column(name = "product_catalogue")
    private String productCatalogue;
    @Column(name = "operations_notes")
    private String operationsNotes;
    @Column(name = "policy_notes")
    private String policyNotes;
    @Column(name = "view_of_us")
    private String viewOfUs;
    @Column(name = "field_survey_on")
    private LocalDate fieldSurveyOn;
    @Column(name = "field_survey_notes")
    private String fieldSurveyNotes;
    @Column(name = "field_survey_result")
    private String fieldSurveyResult;

    @ElementCollection
    @CollectionTable(name = "customer_survey_department", joinColumns = @JoinColumn(name = "customer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "department", nullable = false)
    private Set<SurveyDepartment> fieldDepartments = EnumSet.noneOf(SurveyDepartment.class);

    @Column(name = "trade_reasons")
    private String tradeReasons;
    @Column(name = "trade_policy")
    private String tradePolicy;
    @Column(name = "trade_products")
    private String tradeProducts;
    @Column(name = "trade_amount")
    private BigDecimal tradeAmount;
    @Column(name = "survey_results")
    private String surveyResults;

    /** The approval request of the 交易开始调查书 last submitted, if any. */
    @Column(name = "trade_request_id")
    private Long tradeRequestId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected CustomerSurvey() {
    }

    public CustomerSurvey(long customerId) {
        this.customerId = customerId;
    }

    /** Whether the report the approvers read is complete (第八条: reasons and policy, products and amounts, results). */
    public boolean isReportComplete() {
        return filled(tradeReasons) && filled(tradePolicy) && filled(tradeProducts) && tradeAmount != null
                && filled(surveyResults);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    public void apply(SurveyDraft d, String actor, Instant now) {
        history = d.getHistory();
        profile = d.getProfile();
        annualAccounts = d.getAnnualAccounts();
        productCatalogue = d.getProductCatalogue();
        operationsNotes = d.getOperationsNotes();
        policyNotes = d.getPolicyNotes();
        viewOfUs = d.getViewOfUs();
        fieldSurveyOn = d.getFieldSurveyOn();
        fieldSurveyNotes = d.getFieldSurveyNotes();
        fieldSurveyResult = d.getFieldSurveyResult();
        fieldDepartments.clear();
        fieldDepartments.addAll(d.getFieldDepartments());
        tradeReasons = d.getTradeReasons();
        tradePolicy = d.getTradePolicy();
        tradeProducts = d.getTradeProducts();
        tradeAmount = d.getTradeAmount();
        surveyResults = d.getSurveyResults();
        updatedBy = actor;
        updatedAt = now;
    }

    public Long getCustomerId() { return customerId; }
    public long getVersion() { return version; }
    public String getHistory() { return history; }
    public String getProfile() { return profile; }
    public String getAnnualAccounts() { return annualAccounts; }
    public String getProductCatalogue() { return productCatalogue; }
    public String getOperationsNotes() { return operationsNotes; }
    public String getPolicyNotes() { return policyNotes; }
    public String getViewOfUs() { return viewOfUs; }
    public LocalDate getFieldSurveyOn() { return fieldSurveyOn; }
    public String getFieldSurveyNotes() { return fieldSurveyNotes; }
    public String getFieldSurveyResult() { return fieldSurveyResult; }
    public Set<SurveyDepartment> getFieldDepartments() { return fieldDepartments; }
    public String getTradeReasons() { return tradeReasons; }
    public String getTradePolicy() { return tradePolicy; }
    public String getTradeProducts() { return tradeProducts; }
    public BigDecimal getTradeAmount() { return tradeAmount; }
    public String getSurveyResults() { return surveyResults; }
    public Long getTradeRequestId() { return tradeRequestId; }
    public void setTradeRequestId(Long tradeRequestId) { this.tradeRequestId = tradeRequestId; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
