package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.Scorecard;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The printing module's renderer as {@code bench.AppraisalPrintBenchmark} drives it: the package-private pipeline
 * behind {@link AppraisalPrintService} (rows, fill, export) without Spring, security and audit, on the forms of
 * {@link AppraisalPrintFixtures}.
 */
public final class PrintBench {

    private final AppraisalReports reports = new AppraisalReports(new ReportRenderer());
    private final PrintContext context = AppraisalPrintFixtures.context(Locale.SIMPLIFIED_CHINESE);

    /** 大客户经理季度综合考评表: two pages, 13 banded indicators, the composite and a signature block. */
    public byte[] compositeScorecard() {
        return reports.scorecardPdf(AppraisalPrintFixtures.compositeScorecard(), context);
    }

    /** 大客户经理管理绩效评定表: one page, four banded indicators. */
    public byte[] bandedScorecard() {
        return reports.scorecardPdf(AppraisalPrintFixtures.bandedScorecard(), context);
    }

    /**
     * A batch of {@code count} composite scorecards after a cover, each built (and scored) only when the batch asks
     * for it, as the query service's forms would be loaded one by one.
     *
     * @return the number of scorecards printed
     */
    public int compositeBatch(int count, OutputStream out) {
        Scorecard model = AppraisalPrintFixtures.compositeScorecard();
        BatchCover cover = new BatchCover(model.cycleId(), model.cycleName(), PeriodKind.QUARTER, model.periodStart(),
                model.periodEnd(), 3L, model.departmentName(), CycleResultsOrder.RANK);
        Iterator<Scorecard> lazy = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Scorecard next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Scorecard card = AppraisalPrintFixtures.compositeScorecard();
                next++;
                return new Scorecard(card.formId() + next, card.cycleId(), card.cycleName(), card.period(),
                        card.periodStart(), card.periodEnd(), card.template(), card.employeeName() + next,
                        "KA-" + (10_000 + next), card.departmentName(), card.position(), card.reviewerName(),
                        card.status(), card.answers(), card.opinions(), card.result(), next, card.previousTotal(),
                        card.previousLevel(), card.signature(), card.approval(), card.sealIntact());
            }
        };
        return reports.batchPdf(cover, lazy, context, out);
    }
}
