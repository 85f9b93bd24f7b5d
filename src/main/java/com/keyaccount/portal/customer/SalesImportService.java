package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.SaleImportResult.SaleRowProblem;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.Permissions;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the 客户销售信息月报表 (002 六: 月份, 客户编号, 负责人编号, 商品, 销售金额, 折扣金额, 毛利额, 备注) from XLSX: one
 * sheet, a line per customer, month and product, the customer named by its code. Every line goes through
 * {@link MonthlySaleService}'s rules and the archive's access check; all or nothing unless the user chose the valid
 * lines only; a per-row report; audited; the grades of every customer touched are recomputed.
 */
@Service
public class SalesImportService {

    static final String SHEET = "customer.salesImport.sheet";
    static final List<String> COLUMNS = List.of("customer.salesImport.column.code", "customer.salesImport.column.month",
            "customer.salesImport.column.responsibleNo", "customer.salesImport.column.product",
            "customer.salesImport.column.amount", "customer.salesImport.column.discount",
            "customer.salesImport.column.grossProfit", "customer.salesImport.column.remarks");
    private static final Map<String, String> FIELD_COLUMNS = Map.of("customerId", COLUMNS.get(0),
            "month", COLUMNS.get(1), "responsibleEmployeeId", COLUMNS.get(2), "product", COLUMNS.get(3),
            "amount", COLUMNS.get(4), "discount", COLUMNS.get(5), "grossProfit", COLUMNS.get(6),
            "remarks", COLUMNS.get(7));

    private final MonthlySaleService sales;
    private final CustomerRepository customers;
    private final EmployeeService employees;
    private final AuditService audit;

    SalesImportService(MonthlySaleService sales, CustomerRepository customers, EmployeeService employees,
            AuditService audit) {
        this.sales = sales;
        this.customers = customers;
        this.employees = employees;
        this.audit = audit;
    }

    /** The template: the header row in the user's language and one sample line. */
    @PreAuthorize(Permissions.Customer.HAS_IMPORT)
    public void writeTemplate(UnaryOperator<String> labels, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(labels.apply(SHEET));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(labels.apply(COLUMNS.get(i)));
                sheet.setColumnWidth(i, 16 * 256);
            }
            Row sample = sheet.createRow(1);
            List<String> values = List.of("KA202600001", "2026-10", "HD0004", "办公耗材", "12000.00", "240.00",
                    "1800.00", "");
            for (int i = 0; i < values.size(); i++) {
                sample.createCell(i).setCellValue(values.get(i));
            }
            workbook.write(out);
        }
    }

    @PreAuthorize(Permissions.Customer.HAS_IMPORT + " and " + Permissions.Customer.HAS_EDIT)
    @Transactional
    public SalesImportReport importFile(byte[] content, String fileName, ImportMode mode,
            UnaryOperator<String> labels) {
        List<ImportProblem> problems = new ArrayList<>();
        List<SaleLine> lines = new ArrayList<>();
        List<Integer> rowOfLine = new ArrayList<>();
        int[] rows = {0};
        try (Workbook workbook = XlsxRows.open(content)) {
            Sheet sheet = XlsxRows.sheet(workbook, SHEET, COLUMNS, labels);
            XlsxRows.forEachRow(sheet, COLUMNS.size(), (rowNumber, cells) -> {
                rows[0]++;
                int before = problems.size();
                SaleLine line = read(rowNumber, cells, problems);
                if (problems.size() == before) {
                    lines.add(line);
                    rowOfLine.add(rowNumber);
                }
            });
        } catch (IOException e) {
            throw new BusinessException("customer.import.malformed");
        }
        SalesImportReport report;
        if (!problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            report = new SalesImportReport(rows[0], 0, problems, false);
        } else {
            SaleImportResult result = mode == ImportMode.VALID_ONLY ? sales.importValidLines(null, lines)
                    : sales.importLines(null, lines);
            for (SaleRowProblem problem : result.problems()) {
                problems.add(new ImportProblem(SHEET, rowOfLine.get(problem.index()),
                        FIELD_COLUMNS.get(problem.field()), problem.messageKey(), problem.args()));
            }
            problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
            report = new SalesImportReport(rows[0], result.imported(), problems, result.imported() > 0);
        }
        audit.record(CustomerAudit.SALES_FILE_IMPORTED, CustomerAudit.ENTITY, null, AuditDetail.of(
                "customer.audit.salesFileImported", fileName == null ? "" : fileName, report.rows(),
                report.imported(), report.problems().size()));
        return report;
    }

    private SaleLine read(int row, String[] cells, List<ImportProblem> problems) {
        Long customerId = null;
        if (cells[0] == null) {
            problems.add(problem(row, 0, "customer.salesImport.code.required"));
        } else {
            customerId = customers.findByCode(cells[0].strip().toUpperCase(Locale.ROOT)).map(Customer::getId)
                    .orElse(null);
            if (customerId == null) {
                problems.add(problem(row, 0, "customer.salesImport.code.unknown", cells[0]));
            }
        }
        YearMonth month = null;
        try {
            month = cells[1] == null ? null : YearMonth.parse(cells[1].strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            problems.add(problem(row, 1, "customer.salesImport.month.invalid", cells[1]));
        }
        Long responsible = null;
        if (cells[2] != null) {
            responsible = employees.findReferences(cells[2].strip(), PageRequest.of(0, 5)).stream()
                    .filter(e -> e.employeeNo().equalsIgnoreCase(cells[2].strip())).map(EmployeeReference::id)
                    .findFirst().orElse(null);
            if (responsible == null) {
                problems.add(problem(row, 2, "customer.salesImport.responsible.unknown", cells[2]));
            }
        }
        return new SaleLine(customerId, month, responsible, cells[3], amount(row, 4, cells, problems),
                amount(row, 5, cells, problems), amount(row, 6, cells, problems), cells[7], 0);
    }

    private static BigDecimal amount(int row, int column, String[] cells, List<ImportProblem> problems) {
        if (cells[column] == null) {
            return column == 4 ? null : BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(cells[column].replace(",", "").strip());
        } catch (NumberFormatException e) {
            problems.add(problem(row, column, "customer.salesImport.number.invalid", cells[column]));
            return null;
        }
    }

    private static ImportProblem problem(int row, int column, String key, String... args) {
        return new ImportProblem(SHEET, row, COLUMNS.get(column), key, List.of(args));
    }
}
