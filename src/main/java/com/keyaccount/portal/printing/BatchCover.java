package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.PeriodKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the cover page of a batch of appraisal forms states (issue 14: all scorecards of a department's cycle as one
 * PDF with a cover page, in rank or name order). The number of forms is counted while printing.
 *
 * @param cycleId        the cycle
 * @param cycleName      its name
 * @param period         month, quarter, half-year or year
 * @param periodStart    first day of the period
 * @param periodEnd      last day of the period
 * @param departmentId   the department, or null for the whole cycle
 * @param departmentName its name, or null for the whole cycle
 * @param order          the order the forms come in: by rank (best first) or by name
 */
public record BatchCover(long cycleId, String cycleName, PeriodKind period, LocalDate periodStart,
        LocalDate periodEnd, Long departmentId, String departmentName, CycleResultsOrder order) {

    public BatchCover {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(order, "order");
    }
}
