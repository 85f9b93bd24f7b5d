package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.DemoUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** The XLSX export read back with POI: columns per reader, neutralised formulas, numeric cells, the audit row. */
class CustomerExportIT extends CustomerExcelTestSupport {

    @Autowired
    CustomerExportService exporter;

    @BeforeEach
    void data() {
        data = new DirectoryTestData(customers, demo, jdbc);
    }

    private XSSFWorkbook export(String login, CustomerFilter filter) {
        return read(bytes(out -> demo.as(login, () -> {
            try {
                return exporter.export(filter, Sort.by("name"), labels(), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })));
    }

    @Test
    void archiveColumnsAreFilledOnlyForArchivesTheReaderMayOpen() {
        String tag = DirectoryTestData.tag();
        long id = data.create(DemoUsers.EMPLOYEE, "=HYPERLINK(\"http://x\")" + tag, Confidentiality.PERSONAL);
        data.set(id, "address", "-福州市鼓楼区" + tag);
        data.contact(id, "@王芳", "0591-87654321", "13800000000");
        CustomerFilter filter = CustomerFilter.defaults().withText(tag);

        Sheet manager = export(DemoUsers.MANAGER, filter).getSheetAt(0);
        assertThat(text(manager.getRow(0), 1)).isEqualTo("客户名称");
        assertThat(text(manager.getRow(0), 11)).isEqualTo("统一社会信用代码");
        Row own = rowOf(manager, id);
        assertThat(numeric(own, 0)).isTrue();
        assertThat(text(own, 1)).startsWith("'=HYPERLINK");
        assertThat(text(own, 7)).isEqualTo("张伟");
        assertThat(text(own, 9)).isEqualTo("潜在客户");
        assertThat(text(own, 11)).hasSize(18);
        assertThat(text(own, 13)).isEqualTo("'-福州市鼓楼区" + tag);
        assertThat(text(own, 14)).isEqualTo("'@王芳");
        assertThat(text(own, 15)).isEqualTo("13800000000");

        Row stranger = rowOf(export("zhaomin", filter).getSheetAt(0), id);
        assertThat(text(stranger, 1)).startsWith("'=HYPERLINK");
        assertThat(text(stranger, 7)).isEqualTo("张伟");
        for (int column = 11; column <= 15; column++) {
            assertThat(stranger.getCell(column)).as("archive column %d", column).isNull();
        }
        assertThat(auditRows(CustomerAudit.EXPORTED)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("zhaomin");
            assertThat(entry.detail().args()).containsExactly("text=" + tag, "1");
        });
    }

    @Test
    void anEmployeeMayNotExport() {
        assertThatThrownBy(() -> export(DemoUsers.EMPLOYEE, CustomerFilter.defaults()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyFilteredRowIsExported() {
        String tag = DirectoryTestData.tag();
        for (int i = 0; i < 3; i++) {
            data.create(DemoUsers.EMPLOYEE, "导出" + i + tag, Confidentiality.PERSONAL);
        }
        Sheet sheet = export(DemoUsers.GENERAL_MANAGER, CustomerFilter.defaults().withText(tag)).getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
}
