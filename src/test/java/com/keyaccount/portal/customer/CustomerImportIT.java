package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.DemoUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** XLSX import through the template: all-or-nothing, valid rows only, duplicates, malformed files, audit. */
class CustomerImportIT extends CustomerExcelTestSupport {

    @Autowired
    CustomerImportService importer;

    @BeforeEach
    void data() {
        data = new DirectoryTestData(customers, demo, jdbc);
    }

    /** The template with its sample rows replaced by the given customer and contact rows. */
    private byte[] file(List<List<String>> customerRows, List<List<String>> contactRows) {
        byte[] template = bytes(out -> demo.run(DemoUsers.MANAGER, () -> {
            try {
                importer.writeTemplate(labels(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        try (XSSFWorkbook workbook = read(template)) {
            fill(workbook.getSheet("客户"), customerRows);
            fill(workbook.getSheet("联系人"), contactRows);
            return bytes(workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, List<List<String>> rows) {
        sheet.removeRow(sheet.getRow(1));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    private static List<String> customer(String name, String creditCode) {
        return List.of(name, "", creditCode, "终端客户档案卡", "终端客户", "", "", "国内", "", "商贸", "", "", "", "",
                "", "个人级", "");
    }

    private ImportReport run(byte[] file, ImportMode mode) {
        return demo.as(DemoUsers.MANAGER, () -> importer.importFile(file, "test.xlsx", mode, labels()));
    }

    private long countNamed(String tag) {
        return jdbc.queryForObject("select count(*) from customer where name like ?", Long.class, "%" + tag + "%");
    }

    @Test
    void oneInvalidRowImportsNothingByDefault() {
        String tag = DirectoryTestData.tag();
        String valid = CustomerFixtures.uniqueCreditCode();
        byte[] file = file(List.of(customer("成都蜀锦商贸有限公司" + tag, valid),
                customer("成都蜀锦物流有限公司" + tag, valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0')),
                customer("", CustomerFixtures.uniqueCreditCode())),
                List.of(List.of("成都蜀锦商贸有限公司" + tag, "王芳", "", "", "028-86001234", "", "", "是")));
        ImportReport report = run(file, ImportMode.ALL_OR_NOTHING);
        assertThat(report.applied()).isFalse();
        assertThat(report.customersImported()).isZero();
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::columnKey,
                ImportProblem::messageKey).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "customer.field.creditCode",
                                "customer.creditCode.checkCharacter"),
                        org.assertj.core.groups.Tuple.tuple(4, "customer.field.name", "customer.name.required"));
        assertThat(countNamed(tag)).isZero();
        assertThat(auditRows(CustomerAudit.IMPORTED)).anySatisfy(entry ->
                assertThat(entry.detail().args()).containsExactly("test.xlsx",
                        "#customer.import.mode.ALL_OR_NOTHING", "0", "0", "2"));
    }

    @Test
    void validOnlyImportsTheValidRowsWithTheirContacts() {
        String tag = DirectoryTestData.tag();
        String code = CustomerFixtures.uniqueCreditCode();
        byte[] file = file(List.of(customer("成都蜀锦商贸有限公司" + tag, code),
                customer("绵阳涪江电器有限公司" + tag, code)),
                List.of(List.of(code, "王芳", "采购经理", "采购部", "028-86001234", "13900000000", "", "是"),
                        List.of("成都蜀锦商贸有限公司" + tag, "李强", "", "", "", "", "bad-mail", "否")));
        ImportReport report = run(file, ImportMode.VALID_ONLY);
        assertThat(report.applied()).isTrue();
        assertThat(report.customersImported()).isEqualTo(1);
        assertThat(report.contactsImported()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::messageKey)
                .containsExactlyInAnyOrder("customer.import.duplicateInFile", "customer.email.invalid");
        long id = jdbc.queryForObject("select id from customer where credit_code = ?", Long.class, code);
        CustomerArchive archive = demo.as(DemoUsers.MANAGER, () -> customers.open(id));
        assertThat(archive.ownerName()).isEqualTo("刘洋");
        assertThat(archive.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(jdbc.queryForList("select name from customer_contact where customer_id = ?", String.class, id))
                .containsExactly("王芳");
    }

    @Test
    void aCreditCodeAlreadyInThePortalIsRefused() {
        String code = CustomerFixtures.uniqueCreditCode();
        CustomerDraft existing = CustomerFixtures.draft("西安古城商贸有限公司" + DirectoryTestData.tag());
        existing.setCreditCode(code);
        demo.run(DemoUsers.EMPLOYEE, () -> customers.create(existing));
        ImportReport report = run(file(List.of(customer("西安古城新公司" + DirectoryTestData.tag(), code)), List.of()),
                ImportMode.VALID_ONLY);
        assertThat(report.customersImported()).isZero();
        assertThat(report.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("customer.creditCode.duplicate");
    }

    @Test
    void aMalformedFileIsRefusedWithAMessageAndNothingIsImported() {
        refusedMalformed(() -> run("not a spreadsheet".getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ONLY));
        byte[] good = file(List.of(customer("截断文件公司" + DirectoryTestData.tag(),
                CustomerFixtures.uniqueCreditCode())), List.of());
        refusedMalformed(() -> run(java.util.Arrays.copyOf(good, good.length / 2), ImportMode.VALID_ONLY));
    }

    @Test
    void onlyImportersMayImport() {
        byte[] file = file(List.of(customer("无权导入公司" + DirectoryTestData.tag(), CustomerFixtures.uniqueCreditCode())),
                List.of());
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE,
                () -> importer.importFile(file, "x.xlsx", ImportMode.VALID_ONLY, labels())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demo.run(DemoUsers.GENERAL_MANAGER,
                () -> importer.importFile(file, "x.xlsx", ImportMode.VALID_ONLY, labels())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
