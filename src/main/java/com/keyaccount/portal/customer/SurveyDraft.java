package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The survey form's content ({@link CustomerSurvey}); {@code version} guards against overwriting another save. */
public class SurveyDraft implements Serializable {

    /** Longest text a survey field keeps. */
    public static final int MAX_TEXT = 4000;

    private long version;
    private String history;
    private String profile;
    private String annualAccounts;
    private String productCatalogue;
    private String operationsNotes;
    private String policyNotes;
    private String viewOfUs;
    private LocalDate fieldSurveyOn;
    private String fieldSurveyNotes;
    private String fieldSurveyResult;
    private Set<SurveyDepartment> fieldDepartments = EnumSet.noneOf(SurveyDepartment.class);
    private String tradeReasons;
    private String tradePolicy;
    private String tradeProducts;
    private BigDecimal tradeAmount;
    private String surveyResults;

    static SurveyDraft of(CustomerSurvey s) {
        SurveyDraft d = new SurveyDraft();
        d.version = s.getVersion();
        d.history = s.getHistory();
        d.profile = s.getProfile();
        d.annualAccounts = s.getAnnualAccounts();
        d.productCatalogue = s.getProductCatalogue();
        d.operationsNotes = s.getOperationsNotes();
        d.policyNotes = s.getPolicyNotes();
        d.viewOfUs = s.getViewOfUs();
        d.fieldSurveyOn = s.getFieldSurveyOn();
        d.fieldSurveyNotes = s.getFieldSurveyNotes();
        d.fieldSurveyResult = s.getFieldSurveyResult();
        d.fieldDepartments = s.getFieldDepartments().isEmpty() ? EnumSet.noneOf(SurveyDepartment.class)
                : EnumSet.copyOf(s.getFieldDepartments());
        d.tradeReasons = s.getTradeReasons();
        d.tradePolicy = s.getTradePolicy();
        d.tradeProducts = s.getTradeProducts();
        d.tradeAmount = s.getTradeAmount();
        d.surveyResults = s.getSurveyResults();
        return d;
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getHistory() { return history; }
    public void setHistory(String history) { this.history = history; }
    public String getProfile() { return profile; }
    public void setProfile(String profile) { this.profile = profile; }
    public String getAnnualAccounts() { return annualAccounts; }
    public void setAnnualAccounts(String annualAccounts) { this.annualAccounts = annualAccounts; }
    public String getProductCatalogue() { return productCatalogue; }
    public void setProductCatalogue(String productCatalogue) { this.productCatalogue = productCatalogue; }
    public String getOperationsNotes() { return operationsNotes; }
    public void setOperationsNotes(String operationsNotes) { this.operationsNotes = operationsNotes; }
    public String getPolicyNotes() { return policyNotes; }
    public void setPolicyNotes(String policyNotes) { this.policyNotes = policyNotes; }
    public String getViewOfUs() { return viewOfUs; }
    public void setViewOfUs(String viewOfUs) { this.viewOfUs = viewOfUs; }
    public LocalDate getFieldSurveyOn() { return fieldSurveyOn; }
    public void setFieldSurveyOn(LocalDate fieldSurveyOn) { this.fieldSurveyOn = fieldSurveyOn; }
    public String getFieldSurveyNotes() { return fieldSurveyNotes; }
    public void setFieldSurveyNotes(String fieldSurveyNotes) { this.fieldSurveyNotes = fieldSurveyNotes; }
    public String getFieldSurveyResult() { return fieldSurveyResult; }
    public void setFieldSurveyResult(String fieldSurveyResult) { this.fieldSurveyResult = fieldSurveyResult; }
    public Set<SurveyDepartment> getFieldDepartments() { return fieldDepartments; }
    public void setFieldDepartments(Set<SurveyDepartment> fieldDepartments) {
        this.fieldDepartments = fieldDepartments == null || fieldDepartments.isEmpty()
                ? EnumSet.noneOf(SurveyDepartment.class) : EnumSet.copyOf(fieldDepartments);
    }
    public String getTradeReasons() { return tradeReasons; }
    public void setTradeReasons(String tradeReasons) { this.tradeReasons = tradeReasons; }
    public String getTradePolicy() { return tradePolicy; }
    public void setTradePolicy(String tradePolicy) { this.tradePolicy = tradePolicy; }
    public String getTradeProducts() { return tradeProducts; }
    public void setTradeProducts(String tradeProducts) { this.tradeProducts = tradeProducts; }
    public BigDecimal getTradeAmount() { return tradeAmount; }
    public void setTradeAmount(BigDecimal tradeAmount) { this.tradeAmount = tradeAmount; }
    public String getSurveyResults() { return surveyResults; }
    public void setSurveyResults(String surveyResults) { this.surveyResults = surveyResults; }
}
