package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.Scorecard;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;

/**
 * Renders the appraisal print-outs of issue 14 from the appraisal module's read models, without Spring, security or
 * audit (those are {@link AppraisalPrintService}'s): the scorecard, the department statement (PDF and XLSX) and the
 * batch of scorecards with a cover.
 */
final class AppraisalReports {

    private final ReportRenderer renderer;

    AppraisalReports(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /** One form as on paper (考核表), A4 portrait. */
    byte[] scorecardPdf(Scorecard card, PrintContext context) {
        ScorecardReport.Content content = ScorecardReport.of(card, context);
        return renderer.renderPdf(ScorecardReport.NAME, content.parameters(), content.lines());
    }

    /** The department statement (部门考核汇总) with the distribution chart, A4 landscape. */
    byte[] statementPdf(CycleResults results, PrintContext context) {
        StatementReport.Content content = StatementReport.of(results, context);
        return renderer.renderPdf(StatementReport.NAME, content.parameters(), content.lines());
    }

    /** The department statement as one unpaginated sheet: numbers as numeric cells, no page footers. */
    byte[] statementXlsx(CycleResults results, PrintContext context) {
        StatementReport.Content content = StatementReport.of(results, context);
        Map<String, Object> parameters = content.parameters();
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, true);
        return renderer.renderXlsx(StatementReport.NAME, parameters, content.lines());
    }
}
