package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared set-up of the export and import ITs: labels in Chinese, audit look-up, workbook helpers. */
abstract class CustomerExcelTestSupport extends AbstractIntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    PortalI18NProvider i18n;

    DirectoryTestData data;

    UnaryOperator<String> labels() {
        return key -> i18n.getTranslation(key, PortalI18NProvider.CHINESE);
    }

    List<AuditEntry> auditRows(String action) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, action, CustomerAudit.ENTITY, null,
                null, null), PageRequest.of(0, 200)));
    }

    static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Row row, int column) {
        return row.getCell(column) == null ? null : row.getCell(column).getStringCellValue();
    }

    static boolean numeric(Row row, int column) {
        return row.getCell(column).getCellType() == CellType.NUMERIC;
    }

    static Row rowOf(Sheet sheet, long id) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("no row for archive " + id);
    }

    static void refusedMalformed(Runnable work) {
        assertThatThrownBy(work::run).isInstanceOf(BusinessException.class)
                .hasMessage("customer.import.malformed");
    }

    static byte[] bytes(IoWork work) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            work.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out.size()).isPositive();
        return out.toByteArray();
    }

    interface IoWork {
        void write(ByteArrayOutputStream out) throws IOException;
    }
}
