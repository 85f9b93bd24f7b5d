package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Prints appraisals (issue 14, "Printing"): the scorecard of one form (考核表), the department statement (部门考核汇总) as
 * PDF and XLSX, and all scorecards of a department's cycle as one PDF with a cover page. A4, the company's name, page
 * x of y, printed by and at, in the reader's language (Chinese or English).
 *
 * <p>Who may print follows who may see: callers pass the read models of {@code appraisal.AppraisalQueryService},
 * which has already applied the reader's visibility ({@code scorecard(formId)}, {@code results(cycle, department,
 * order)}, and {@code formIdsForBatch} mapped lazily through {@code scorecard} for a batch). Every print is audited
 * with what was printed.
 */
@Service
public class AppraisalPrintService {

    private final AppraisalReports reports;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final OrgQueries org;
    private final Clock clock;
    private final ZoneId businessZone;

    AppraisalPrintService(ReportRenderer renderer, AuditService audit, CurrentUser currentUser, OrgQueries org,
            Clock clock, ZoneId businessZone) {
        this.reports = new AppraisalReports(renderer);
        this.audit = audit;
        this.currentUser = currentUser;
        this.org = org;
        this.clock = clock;
        this.businessZone = businessZone;
    }

    /** One form as on paper, A4 portrait PDF. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public byte[] scorecardPdf(Scorecard scorecard, Locale locale) {
        byte[] pdf = reports.scorecardPdf(scorecard, context(locale));
        audit.record(PrintingAudit.SCORECARD, PrintingAudit.FORM, scorecard.formId(),
                AuditDetail.of("printing.audit.scorecard", scorecard.employeeName(), scorecard.cycleName()));
        return pdf;
    }

    /** The department statement with the level distribution chart, A4 landscape PDF. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public byte[] statementPdf(CycleResults results, Locale locale) {
        byte[] pdf = reports.statementPdf(results, context(locale));
        auditStatement(results, "PDF");
        return pdf;
    }

    /** The department statement as an Excel workbook: one sheet, scores as numeric cells. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public byte[] statementXlsx(CycleResults results, Locale locale) {
        byte[] xlsx = reports.statementXlsx(results, context(locale));
        auditStatement(results, "XLSX");
        return xlsx;
    }

    /**
     * Writes the scorecards the iterator yields, in its order, after a cover page as one PDF to {@code out}. The
     * iterator is read one scorecard at a time and filled pages are swapped to disk, so memory stays bounded; pass an
     * iterator that loads each form when asked, not a list of them all.
     *
     * @return the number of scorecards printed
     */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public int batchPdf(BatchCover cover, Iterator<Scorecard> scorecards, Locale locale, OutputStream out) {
        int count = reports.batchPdf(cover, scorecards, context(locale), out);
        audit.record(PrintingAudit.BATCH, PrintingAudit.CYCLE, cover.cycleId(), AuditDetail.of("printing.audit.batch",
                cover.cycleName(), departmentOf(cover.departmentName()), count));
        return count;
    }

    private void auditStatement(CycleResults results, String format) {
        audit.record(PrintingAudit.STATEMENT, PrintingAudit.CYCLE, results.cycleId(),
                AuditDetail.of("printing.audit.statement", results.cycleName(), departmentOf(results.departmentName()),
                        format, results.rows().size()));
    }

    private static String departmentOf(String departmentName) {
        return departmentName != null ? departmentName
                : AuditDetail.translated("printing.appraisal.statement.allDepartments");
    }

    private PrintContext context(Locale locale) {
        return new PrintContext(org.companyName().orElse(""), currentUser.require().displayName(), clock.instant(),
                businessZone, ReportLabels.of(locale));
    }
}
