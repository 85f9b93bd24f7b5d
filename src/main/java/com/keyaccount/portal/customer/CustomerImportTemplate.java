package com.keyaccount.portal.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template in the reader's language: a customers sheet and a contacts sheet, each with its headers
 * (required ones marked {@code *}) and a sample row, and a sheet listing the allowed values of every choice column
 * with their codes; the choice columns offer those values as a drop-down.
 */
final class CustomerImportTemplate {

    private static final int LIST_ROWS = CustomerImportService.MAX_ROWS + 1;
    private static final List<String> REQUIRED = List.of("customer.field.name", "customer.field.creditCode",
            "customer.import.column.customer", "customer.import.column.contactName");

    private CustomerImportTemplate() {
    }

    static void write(UnaryOperator<String> labels, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet customers = workbook.createSheet(labels.apply(CustomerImportColumns.CUSTOMERS));
            header(customers, CustomerImportColumns.CUSTOMER, labels, bold);
            row(customers, List.of("重庆宏达商贸有限公司", "宏达商贸", sampleCreditCode(), label(labels,
                    "customer.variant.", CustomerVariant.END_CUSTOMER_CARD), label(labels, "customer.nature.",
                    CustomerNature.END_CUSTOMER), "", label(labels, "customer.businessType.", BusinessType.AGREEMENT),
                    label(labels, "customer.market.", Market.DOMESTIC), "", "商贸", "李明", "重庆市渝中区解放碑 1 号",
                    "400010", "023-63001234", "info@example.com",
                    label(labels, "customer.confidentiality.", Confidentiality.PERSONAL), ""));
            Sheet contacts = workbook.createSheet(labels.apply(CustomerImportColumns.CONTACTS));
            header(contacts, CustomerImportColumns.CONTACT, labels, bold);
            row(contacts, List.of("重庆宏达商贸有限公司", "王芳", "采购经理", "采购部", "023-63001235", "13800000000",
                    "wangfang@example.com", labels.apply("customer.import.yes")));
            Sheet choices = workbook.createSheet(labels.apply(CustomerImportColumns.CHOICES));
            choices(workbook, customers, choices, labels, bold);
            workbook.write(out);
        }
    }

    /** A valid code for the sample row (GB 32100 check character computed, so the sample imports as it is). */
    private static String sampleCreditCode() {
        String body = "91500103MA5U00001";
        return body + CreditCode.checkCharacter(body);
    }

    private static String label(UnaryOperator<String> labels, String prefix, Enum<?> value) {
        return labels.apply(prefix + value.name());
    }

    private static void header(Sheet sheet, List<String> keys, UnaryOperator<String> labels, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.size(); i++) {
            String text = labels.apply(keys.get(i)) + (REQUIRED.contains(keys.get(i)) ? "*" : "");
            row.createCell(i).setCellValue(text);
            row.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void row(Sheet sheet, List<String> values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    /** The list of choices (column, value, code), and a drop-down on each choice column of the customers sheet. */
    private static void choices(XSSFWorkbook workbook, Sheet customers, Sheet choices, UnaryOperator<String> labels,
            CellStyle bold) {
        Row head = choices.createRow(0);
        head.createCell(0).setCellValue(labels.apply("customer.import.choices.column"));
        head.createCell(1).setCellValue(labels.apply("customer.import.choices.value"));
        head.createCell(2).setCellValue(labels.apply("customer.import.choices.code"));
        head.forEach(cell -> cell.setCellStyle(bold));
        choices.setColumnWidth(0, 20 * 256);
        choices.setColumnWidth(1, 24 * 256);
        choices.setColumnWidth(2, 24 * 256);
        DataValidationHelper helper = customers.getDataValidationHelper();
        for (int column = 0; column < CustomerImportColumns.CUSTOMER.size(); column++) {
            String key = CustomerImportColumns.CUSTOMER.get(column);
            Class<? extends Enum<?>> type = CustomerImportColumns.CHOICE_COLUMNS.get(key);
            if (type == null) {
                continue;
            }
            int first = choices.getLastRowNum() + 1;
            for (Enum<?> value : type.getEnumConstants()) {
                Row row = choices.createRow(choices.getLastRowNum() + 1);
                row.createCell(0).setCellValue(labels.apply(key));
                row.createCell(1).setCellValue(labels.apply(CustomerImportColumns.valuePrefix(type) + value.name()));
                row.createCell(2).setCellValue(value.name());
            }
            int last = choices.getLastRowNum();
            String range = "'" + choices.getSheetName() + "'!$B$" + (first + 1) + ":$B$" + (last + 1);
            var validation = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(1, LIST_ROWS, column, column));
            validation.setShowErrorBox(false);
            customers.addValidationData(validation);
        }
        workbook.setActiveSheet(0);
    }
}
