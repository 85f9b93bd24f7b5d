package com.keyaccount.portal.appraisal;

/** Audit actions of the template designer; rows name the template by its code ({@link #ENTITY}). */
public final class TemplateAudit {

    public static final String CREATED = "appraisal.templateCreated";
    public static final String VERSION_SAVED = "appraisal.templateVersionSaved";
    public static final String COPIED = "appraisal.templateCopied";
    public static final String RETIRED = "appraisal.templateRetired";
    public static final String RESTORED = "appraisal.templateRestored";
    /** Entity type of the audit rows: the template's code is the id. */
    public static final String ENTITY = "AppraisalTemplate";

    private TemplateAudit() {
    }
}
