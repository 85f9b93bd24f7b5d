package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** 客户销售信息月报表 (002 六) from XLSX: all or nothing by default, valid lines only on request, per-row report. */
class SalesImportIT extends AbstractIntegrationTest {

    @Autowired
    SalesImportService importer;
    @Autowired
    LifecycleFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PortalI18NProvider i18n;
    @Autowired
    DemoUsers demo;

    private UnaryOperator<String> labels() {
        return key -> i18n.getTranslation(key, PortalI18NProvider.CHINESE);
    }

    private String customerWithCode() {
        long id = fixtures.prospect("销售导入测试");
        String code = "KT" + System.nanoTime() % 1_000_000_000L;
        jdbc.update("update customer set code = ? where id = ?", code, id);
        return code;
    }

    private byte[] file(List<List<String>> rows) {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        demo.run(DemoUsers.MANAGER, () -> {
            try {
                importer.writeTemplate(labels(), template);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = workbook.getSheet("销售月报");
            sheet.removeRow(sheet.getRow(1));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SalesImportReport run(String login, byte[] file, ImportMode mode) {
        return demo.as(login, () -> importer.importFile(file, "sales.xlsx", mode, labels()));
    }

    private long lines(String code) {
        return jdbc.queryForObject("select count(*) from customer_monthly_sale s join customer c on c.id = "
                + "s.customer_id where c.code = ?", Long.class, code);
    }

    @Test
    void aValidFileImportsEveryLine() {
        String code = customerWithCode();
        SalesImportReport report = run(DemoUsers.MANAGER, file(List.of(
                List.of(code, "2026-09", "HD0004", "办公耗材", "12000.50", "200", "1800", ""),
                List.of(code.toLowerCase(), "2026/10", "", "打印机", "8,000.00", "", "-120.00", "退货冲减"))),
                ImportMode.ALL_OR_NOTHING);
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(lines(code)).isEqualTo(2);
    }

    @Test
    void oneBadLineImportsNothingByDefaultAndTheValidOnesOnRequest() {
        String code = customerWithCode();
        byte[] file = file(List.of(
                List.of(code, "2026-09", "", "办公耗材", "1000", "", "100", ""),
                List.of("NO-SUCH-CODE", "2026-09", "", "办公耗材", "1000", "", "100", ""),
                List.of(code, "九月", "", "纸张", "abc", "", "", "")));
        SalesImportReport refused = run(DemoUsers.MANAGER, file, ImportMode.ALL_OR_NOTHING);
        assertThat(refused.applied()).isFalse();
        assertThat(lines(code)).isZero();
        assertThat(refused.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "customer.salesImport.code.unknown"),
                org.assertj.core.groups.Tuple.tuple(4, "customer.salesImport.month.invalid"),
                org.assertj.core.groups.Tuple.tuple(4, "customer.salesImport.number.invalid"));

        SalesImportReport valid = run(DemoUsers.MANAGER, file, ImportMode.VALID_ONLY);
        assertThat(valid.imported()).isEqualTo(1);
        assertThat(lines(code)).isEqualTo(1);
    }

    @Test
    void linesOfArchivesTheImporterMayNotChangeAreRefused() {
        String code = customerWithCode();
        SalesImportReport report = run("zhaomin", file(List.of(
                List.of(code, "2026-09", "", "办公耗材", "1000", "", "100", ""))), ImportMode.ALL_OR_NOTHING);
        assertThat(report.problems()).extracting(ImportProblem::messageKey).containsExactly("customer.archive.closed");
        assertThat(lines(code)).isZero();
    }

    @Test
    void aMalformedFileOrAnEmployeeWithoutTheImportRightIsRefused() {
        assertThatThrownBy(() -> run(DemoUsers.MANAGER, "not a spreadsheet".getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING)).isInstanceOf(BusinessException.class)
                .hasMessage("customer.import.malformed");
        assertThatThrownBy(() -> run(DemoUsers.EMPLOYEE, file(List.of()), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(AccessDeniedException.class);
    }
}
