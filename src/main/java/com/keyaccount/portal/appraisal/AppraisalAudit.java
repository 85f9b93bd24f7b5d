package com.keyaccount.portal.appraisal;

/** The appraisal module's audit actions and entity types, named once. */
final class AppraisalAudit {

    static final String CYCLE = "APPRAISAL_CYCLE";
    static final String FORM = "APPRAISAL_FORM";

    static final String CYCLE_CREATED = "APPRAISAL_CYCLE_CREATE";
    static final String CYCLE_UPDATED = "APPRAISAL_CYCLE_UPDATE";
    static final String CYCLE_PARTICIPANTS = "APPRAISAL_CYCLE_PARTICIPANTS";
    static final String CYCLE_OPENED = "APPRAISAL_CYCLE_OPEN";
    static final String CYCLE_CLOSED = "APPRAISAL_CYCLE_CLOSE";
    static final String FORM_SAVED = "APPRAISAL_FORM_SAVE";
    static final String FORM_MOVED = "APPRAISAL_FORM_MOVE";
    static final String FORM_REFUSED = "APPRAISAL_FORM_REFUSED";
    static final String FORM_VIEWED = "APPRAISAL_FORM_VIEW";

    private AppraisalAudit() {
    }
}
