package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.Scorecard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the appraisal print-outs of issue 14 from the appraisal module's read models, without Spring, security or
 * audit (those are {@link AppraisalPrintService}'s): the scorecard, the department statement (PDF and XLSX) and the
 * batch of scorecards with a cover.
 */
final class AppraisalReports {

    static final String COVER = "appraisal/batch-cover";

    /**
     * Pages of a batch kept in memory; the rest wait in a swap file until export. A scorecard has one to three pages,
     * so 200 forms keep about 5 % of their pages in the heap.
     */
    static final int PAGES_IN_MEMORY = 20;
    private static final int SWAP_BLOCK_SIZE = 8192;
    private static final int SWAP_GROWTH_BLOCKS = 64;
    private static final Logger log = LoggerFactory.getLogger(AppraisalReports.class);

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

    /**
     * All given scorecards as one PDF after a cover page, in the order the iterator yields them. Memory stays bounded
     * whatever the number of forms: scorecards are read one at a time, and filled pages beyond
     * {@value #PAGES_IN_MEMORY} go to a swap file ({@link JRSwapFileVirtualizer}) that is deleted afterwards.
     *
     * @return the number of scorecards printed
     */
    int batchPdf(BatchCover cover, Iterator<Scorecard> cards, PrintContext context, OutputStream out) {
        Path swapDirectory = createSwapDirectory();
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                new JRSwapFile(swapDirectory.toString(), SWAP_BLOCK_SIZE, SWAP_GROWTH_BLOCKS), true);
        try {
            List<JasperPrint> prints = new ArrayList<>();
            prints.add(null);
            while (cards.hasNext()) {
                ScorecardReport.Content content = ScorecardReport.of(cards.next(), context);
                Map<String, Object> parameters = content.parameters();
                parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
                prints.add(renderer.fill(ScorecardReport.NAME, parameters, content.lines()));
            }
            int count = prints.size() - 1;
            Map<String, Object> coverParameters = coverParameters(cover, count, context);
            coverParameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            prints.set(0, renderer.fill(COVER, coverParameters, List.of()));
            virtualizer.setReadOnly(true);
            renderer.exportPdf(prints, out);
            return count;
        } finally {
            virtualizer.cleanup();
            deleteQuietly(swapDirectory);
        }
    }

    private static Map<String, Object> coverParameters(BatchCover cover, int count, PrintContext context) {
        ReportLabels labels = context.labels();
        Map<String, Object> parameters = context.parameters();
        parameters.put("Printer", context.printedBy());
        parameters.put("PrintedMoment", PrintFormats.moment(context.printedAt(), context.zone()));
        parameters.put("Cycle", PrintFormats.orNone(cover.cycleName()));
        parameters.put("Period", ScorecardReport.period(labels, cover.period(), cover.periodStart(),
                cover.periodEnd()));
        parameters.put("Department", cover.departmentName() != null ? cover.departmentName()
                : labels.text("printing.appraisal.statement.allDepartments"));
        parameters.put("Count", count);
        parameters.put("Order", labels.label("printing.appraisal.batch.order.", cover.order()));
        return parameters;
    }

    private static Path createSwapDirectory() {
        try {
            return Files.createTempDirectory("appraisal-batch");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the swap directory of a batch print", e);
        }
    }

    /** The swap file is gone after {@code cleanup()}; the directory is removed, and only logged if it cannot be. */
    private static void deleteQuietly(Path directory) {
        try {
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            log.warn("Could not delete the batch swap directory {}", directory, e);
        }
    }
}
