package com.keyaccount.portal.base;

/**
 * Text cells of exported spreadsheets made safe against formula injection (issue 13, Excel export; OWASP "CSV
 * Injection"): a text that a spreadsheet program could read as a formula, because it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, gets a leading apostrophe so it stays text when the
 * file is opened or re-saved as CSV. Numbers are written as numeric cells by the exporters and never pass here,
 * so text such as {@code -12.5} is neutralised too.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text to write into a text cell: unchanged, or with a leading {@code '} when it could start a formula. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }
}
