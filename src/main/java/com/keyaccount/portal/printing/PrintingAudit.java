package com.keyaccount.portal.printing;

/** Audit actions of the printing module and the entity types its rows name (issue 14: every print is audited). */
final class PrintingAudit {

    static final String FORM = "AppraisalForm";
    static final String CYCLE = "AppraisalCycle";
    static final String SCORECARD = "printing.appraisal.scorecard";
    static final String STATEMENT = "printing.appraisal.statement";
    static final String BATCH = "printing.appraisal.batch";

    private PrintingAudit() {
    }
}
