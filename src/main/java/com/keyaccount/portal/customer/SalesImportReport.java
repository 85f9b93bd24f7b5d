package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.util.List;

/**
 * What a monthly-sales import did: lines read, lines imported, every problem (row as the spreadsheet shows it).
 * {@code applied} is false when nothing was written.
 */
public record SalesImportReport(int rows, int imported, List<ImportProblem> problems, boolean applied)
        implements Serializable {

    public SalesImportReport {
        problems = List.copyOf(problems);
    }
}
