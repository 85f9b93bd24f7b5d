package com.keyaccount.portal.customer;

/** Audit actions of monthly sales and grades; rows name the customer ({@link CustomerAudit#ENTITY}). */
public final class GradeAudit {

    public static final String SALE_ADDED = "customer.saleAdded";
    public static final String SALE_UPDATED = "customer.saleUpdated";
    public static final String SALE_DELETED = "customer.saleDeleted";
    public static final String SALES_IMPORTED = "customer.salesImported";
    public static final String GRADE_OVERRIDDEN = "customer.gradeOverridden";
    public static final String GRADE_OVERRIDE_CLEARED = "customer.gradeOverrideCleared";
    public static final String GRADES_RECOMPUTED = "customer.gradesRecomputed";
    public static final String THRESHOLDS_SAVED = "customer.gradeThresholdsSaved";
    /** Entity type of the threshold rows: the scheme is the id. */
    public static final String THRESHOLDS_ENTITY = "CustomerGradeScheme";

    private GradeAudit() {
    }
}
