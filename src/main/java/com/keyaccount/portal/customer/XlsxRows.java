package com.keyaccount.portal.customer;

import com.keyaccount.portal.base.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reading an uploaded XLSX for the imports: the workbook (anything POI cannot read is "malformed"), a sheet whose
 * header row must carry the template's column titles in the user's language, and its non-empty rows as text.
 */
final class XlsxRows {

    /** Rows per sheet an import accepts. */
    static final int MAX_ROWS = 5000;

    /** One row's number as the spreadsheet shows it (header = 1) and its cells as trimmed text (null when empty). */
    interface RowAction {
        void accept(int rowNumber, String[] cells);
    }

    private XlsxRows() {
    }

    /** The workbook, or "malformed" for anything POI cannot read (not XLSX, truncated, encrypted, a zip bomb). */
    static Workbook open(byte[] content) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("customer.import.malformed");
        }
    }

    /** The sheet named by the message {@code key} (else the first), its headers checked. */
    static Sheet sheet(Workbook workbook, String key, List<String> columns, UnaryOperator<String> labels) {
        Sheet sheet = workbook.getSheet(labels.apply(key));
        if (sheet == null) {
            sheet = workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null;
        }
        if (sheet == null) {
            throw new BusinessException("customer.import.malformed");
        }
        checkHeaders(sheet, key, columns, labels);
        return sheet;
    }

    static void checkHeaders(Sheet sheet, String key, List<String> columns, UnaryOperator<String> labels) {
        Row header = sheet.getRow(0);
        DataFormatter format = new DataFormatter();
        for (int i = 0; i < columns.size(); i++) {
            String text = header == null ? "" : format.formatCellValue(header.getCell(i)).strip();
            if (!text.replace("*", "").equals(labels.apply(columns.get(i)))) {
                throw new BusinessException("customer.import.headers", labels.apply(key), i + 1,
                        labels.apply(columns.get(i)));
            }
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw new BusinessException("customer.import.tooManyRows", MAX_ROWS);
        }
    }

    /** Calls {@code action} with each non-empty row's number (as the spreadsheet shows it) and its cells as text. */
    static void forEachRow(Sheet sheet, int width, RowAction action) {
        DataFormatter format = new DataFormatter();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) {
                String text = format.formatCellValue(row.getCell(c)).strip();
                cells[c] = text.isEmpty() ? null : text;
            }
            if (Arrays.stream(cells).allMatch(Objects::isNull)) {
                continue;
            }
            action.accept(r + 1, cells);
        }
    }
}
