package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: rows read per kind, rows imported, and every problem. {@code applied} is false when nothing
 * was written (all-or-nothing with an invalid row).
 */
public record ImportReport(int customerRows, int contactRows, int customersImported, int contactsImported,
        List<ImportProblem> problems, boolean applied) implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
