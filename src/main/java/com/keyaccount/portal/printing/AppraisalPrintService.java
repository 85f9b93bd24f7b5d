package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.AppraisalQueryService;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
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
 * <p>Who may print follows who may see. The by-id methods read through {@link AppraisalQueryService}, which applies
 * the reader's visibility and refuses exactly as it refuses ({@code scorecard(formId)}: its employee only once final;
 * {@code results(cycle, department, order)}: {@code appraisal:calibrate} over the reader's departments). The
 * record-based methods print read models callers already obtained from it. Every print is audited once with what was
 * printed.
 */
@Service
public class AppraisalPrintService {

    private final AppraisalReports reports;
    private final AppraisalQueryService queries;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final OrgQueries org;
    private final Clock clock;
    private final ZoneId businessZone;

    AppraisalPrintService(ReportRenderer renderer, AppraisalQueryService queries, AuditService audit,
            CurrentUser currentUser, OrgQueries org, Clock clock, ZoneId businessZone) {
        this.reports = new AppraisalReports(renderer);
        this.queries = queries;
        this.audit = audit;
        this.currentUser = currentUser;
        this.org = org;
        this.clock = clock;
        this.businessZone = businessZone;
    }

    /** One form as on paper, A4 portrait PDF. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public byte[] scorecardPdf(Scorecard scorecard, Locale locale) {
        return printScorecard(scorecard, locale);
    }

    /** One form by id; refused (AccessDeniedException, BusinessException) exactly when its scorecard may not be read. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public byte[] scorecardPdf(long formId, Locale locale) {
        return printScorecard(queries.scorecard(formId), locale);
    }

    /** The department statement with the level distribution chart, A4 landscape PDF. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public byte[] statementPdf(CycleResults results, Locale locale) {
        return printStatementPdf(results, locale);
    }

    /** The statement of a cycle's department (null: every department of the reader's scope), as PDF. */
    @PreAuthorize(Permissions.Appraisal.HAS_CALIBRATE)
    public byte[] statementPdf(long cycleId, Long departmentId, CycleResultsOrder order, Locale locale) {
        return printStatementPdf(queries.results(cycleId, departmentId, order), locale);
    }

    /** The department statement as an Excel workbook: one sheet, scores as numeric cells. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public byte[] statementXlsx(CycleResults results, Locale locale) {
        return printStatementXlsx(results, locale);
    }

    /** The statement of a cycle's department (null: every department of the reader's scope), as XLSX. */
    @PreAuthorize(Permissions.Appraisal.HAS_CALIBRATE)
    public byte[] statementXlsx(long cycleId, Long departmentId, CycleResultsOrder order, Locale locale) {
        return printStatementXlsx(queries.results(cycleId, departmentId, order), locale);
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
        return printBatch(cover, scorecards, locale, out);
    }

    /**
     * All scorecards of a cycle's department (null: every department of the reader's scope) after a cover page, in
     * the order asked, as one PDF written to {@code out}. The forms are those of {@code results} (what
     * {@code formIdsForBatch} returns), each read through {@code scorecard(formId)} only when its turn comes, so one
     * scorecard at a time is in memory.
     *
     * @return the number of scorecards printed
     */
    @PreAuthorize(Permissions.Appraisal.HAS_CALIBRATE)
    public int batchPdf(long cycleId, Long departmentId, CycleResultsOrder order, Locale locale, OutputStream out) {
        CycleResults results = queries.results(cycleId, departmentId, order);
        BatchCover cover = new BatchCover(results.cycleId(), results.cycleName(), results.period(),
                results.periodStart(), results.periodEnd(), results.departmentId(), results.departmentName(), order);
        // a stream's iterator maps each row only when asked for the next scorecard
        Iterator<Scorecard> scorecards = results.rows().stream().map(row -> queries.scorecard(row.formId()))
                .iterator();
        return printBatch(cover, scorecards, locale, out);
    }

    private byte[] printScorecard(Scorecard scorecard, Locale locale) {
        byte[] pdf = reports.scorecardPdf(scorecard, context(locale));
        audit.record(PrintingAudit.SCORECARD, PrintingAudit.FORM, scorecard.formId(),
                AuditDetail.of("printing.audit.scorecard", scorecard.employeeName(), scorecard.cycleName()));
        return pdf;
    }

    private byte[] printStatementPdf(CycleResults results, Locale locale) {
        byte[] pdf = reports.statementPdf(results, context(locale));
        auditStatement(results, "PDF");
        return pdf;
    }

    private byte[] printStatementXlsx(CycleResults results, Locale locale) {
        byte[] xlsx = reports.statementXlsx(results, context(locale));
        auditStatement(results, "XLSX");
        return xlsx;
    }

    private int printBatch(BatchCover cover, Iterator<Scorecard> scorecards, Locale locale, OutputStream out) {
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
