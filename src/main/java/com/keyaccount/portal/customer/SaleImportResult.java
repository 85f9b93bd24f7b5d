package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of importing monthly sales lines: how many were saved, and the problems of the rows that were not
 * ({@link SaleRowProblem#index()} counts the given lines from 0).
 */
public record SaleImportResult(int imported, List<SaleRowProblem> problems) implements Serializable {

    public SaleImportResult {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** What is wrong with one imported line: the field (null for the whole line), a message key and its arguments. */
    public record SaleRowProblem(int index, String field, String messageKey, List<String> args)
            implements Serializable {

        public SaleRowProblem {
            args = List.copyOf(args);
        }
    }
}
