package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.util.List;

/**
 * One refused cell or row of an import: the sheet's message key, the row number as the spreadsheet shows it (header
 * = 1), the column's header key (null for the whole row) and the message key with its arguments.
 */
public record ImportProblem(String sheetKey, int row, String columnKey, String messageKey, List<String> args)
        implements Serializable {

    public ImportProblem {
        args = List.copyOf(args);
    }
}
