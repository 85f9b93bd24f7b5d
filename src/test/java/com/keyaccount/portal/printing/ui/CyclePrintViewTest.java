package com.keyaccount.portal.printing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.AppraisalTestData;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The print page of a cycle's department: statement preview, statement and batch downloads, refusal outside scope. */
class CyclePrintViewTest extends ViewTestBase {

    @Autowired
    AppraisalTestData data;

    private long cycleId;
    private String cycleName;

    @BeforeEach
    void openedCycle() {
        cycleName = "部门打印 " + System.nanoTime();
        cycleId = data.draftCycle(cycleName, StandardTemplates.salesRepMonthly(), AppraisalTestData.nextPeriod(),
                null);
        data.open(cycleId, List.of(data.employeeId("HD0005"), data.employeeId("HD0006"),
                data.employeeId("HD0008")));
    }

    /** Opens the page, with {@code ?department=…} when a department is given. */
    private CyclePrintView open(Long departmentId) {
        QueryParameters query = departmentId == null ? QueryParameters.empty()
                : QueryParameters.of(CyclePrintView.DEPARTMENT, departmentId.toString());
        UI.getCurrent().navigate("appraisals/cycles/" + cycleId + "/print", query);
        return (CyclePrintView) getCurrentView();
    }

    @Test
    @WithUserDetails(DemoUsers.DEPARTMENT_HEAD)
    void theDepartmentHeadGetsTheStatementPreviewAndEveryDownloadOfOneTeam() {
        long team = data.departmentId("大客户一组");
        CyclePrintView view = open(team);

        CycleResults results = view.results().orElseThrow();
        assertThat(results.rows()).extracting(CycleResults.Row::employeeName).containsExactlyInAnyOrder("李娜", "孙丽");
        assertThat(view.refusal.isVisible()).isFalse();
        assertThat(view.heading.getText()).isEqualTo(cycleName + " · 大客户一组（2 人）");
        assertThat(view.back.getHref()).isEqualTo("appraisals/cycles/" + cycleId + "/calibration");
        assertThat(view.order.getValue()).isEqualTo(CycleResultsOrder.RANK);
        assertThat(List.of(view.statementPdf, view.statementXlsx, view.batchPdf)).allSatisfy(anchor -> {
            assertThat(anchor.isVisible()).isTrue();
            assertThat(anchor.isDownload()).isTrue();
            assertThat(anchor.getHref()).isNotBlank();
        });
        assertThat(view.statementName).isEqualTo("部门考核汇总-" + cycleName.replace(' ', '_') + "-大客户一组");
        assertThat(view.batchName).isEqualTo("考核表汇编-" + cycleName.replace(' ', '_') + "-大客户一组");
        assertThat(view.preview.getSrc()).isNotBlank();
        assertThat(view.getPageTitle()).isEqualTo("打印部门考核汇总");

        String byRank = view.batchPdf.getHref();
        view.order.setValue(CycleResultsOrder.NAME);

        assertThat(view.batchPdf.getHref()).as("a new resource for the other order").isNotEqualTo(byRank);
    }

    @Test
    @WithUserDetails(DemoUsers.DEPARTMENT_HEAD)
    void theExcelAndTheBatchDownloadsHoldTheTeamsForms() throws IOException {
        CyclePrintView view = open(data.departmentId("大客户一组"));
        view.order.setValue(CycleResultsOrder.NAME);

        Downloads.Fetched xlsx = Downloads.fetch(view.statementXlsx.getHref());
        Downloads.Fetched batch = Downloads.fetch(view.batchPdf.getHref());

        assertThat(xlsx.headers().get("Content-Disposition")).startsWith("attachment");
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString().strip())));
        }
        assertThat(cells).contains("李娜", "孙丽").doesNotContain("周杰");
        assertThat(batch.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(batch.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).as("cover and two forms").isGreaterThanOrEqualTo(3);
            assertThat(text.indexOf("李娜")).isPositive().isLessThan(text.indexOf("孙丽"));
        }
    }

    @Test
    @WithUserDetails(DemoUsers.DEPARTMENT_HEAD)
    void withoutADepartmentTheWholeScopeIsPrinted() {
        CyclePrintView view = open(null);

        assertThat(view.heading.getText()).isEqualTo(cycleName + " · 全部部门（3 人）");
        assertThat(view.statementName).endsWith("-全部部门");
    }

    @Test
    @WithUserDetails(DemoUsers.DEPARTMENT_HEAD)
    void aDepartmentOutsideTheScopeShowsTheRefusal() {
        CyclePrintView view = open(data.departmentId("客户服务部"));

        assertThat(view.results()).isEmpty();
        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).isEqualTo("您没有执行此操作的权限");
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(List.of(view.statementPdf, view.statementXlsx, view.batchPdf)).noneMatch(Anchor::isVisible);
    }
}
