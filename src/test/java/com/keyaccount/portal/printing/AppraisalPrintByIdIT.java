package com.keyaccount.portal.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.AppraisalTestData;
import com.keyaccount.portal.appraisal.BandLevel;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormSummary;
import com.keyaccount.portal.appraisal.KpiSource;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Printing by id on both databases (issue 14, "Printing"): the print service reads the forms and results through the
 * appraisal queries, so it refuses exactly as they refuse — a scorecard to another team's manager and to its own
 * employee before final, the statement and the batch to anyone without {@code appraisal:calibrate} — and each print
 * leaves exactly one audit row. The preview frames the portal's own PDF, which its headers allow.
 */
class AppraisalPrintByIdIT extends AbstractIntegrationTest {

    private static final String LINA = "lina";
    private static final String SUNLI = "sunli";
    private static final String ZHOUJIE = "zhoujie";

    @LocalServerPort
    int port;
    @Autowired
    AppraisalPrintService printing;
    @Autowired
    AppraisalFormService forms;
    @Autowired
    AppraisalTestData data;
    @Autowired
    DemoUsers demo;
    @Autowired
    AuditService audit;

    @Test
    void theManagerPrintsTheScorecardByIdAndTheEmployeeOnlyOnceFinal() {
        long cycleId = cycle("按编号打印考核表", List.of("HD0005", "HD0008"));
        long linaForm = formOf(LINA, cycleId);
        long zhoujieForm = formOf(ZHOUJIE, cycleId);
        long signed = scoreAndSign(linaForm);

        byte[] pdf = demo.as(DemoUsers.MANAGER, () -> printing.scorecardPdf(linaForm, Locale.SIMPLIFIED_CHINESE));

        assertThat(PdfChecks.text(pdf)).contains("李娜", "96.50", "打印人：刘洋");
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> printing.scorecardPdf(zhoujieForm,
                Locale.SIMPLIFIED_CHINESE))).as("another team's employee").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demo.run(LINA, () -> printing.scorecardPdf(linaForm, Locale.SIMPLIFIED_CHINESE)))
                .as("its employee before final").isInstanceOf(AccessDeniedException.class);
        assertThat(printed(PrintingAudit.SCORECARD, PrintingAudit.FORM, linaForm)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(DemoUsers.MANAGER));

        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.approve(linaForm, signed));
        byte[] own = demo.as(LINA, () -> printing.scorecardPdf(linaForm, Locale.ENGLISH));

        assertThat(PdfChecks.text(own)).contains("李娜", "96.50", "Printed by 李娜");
        assertThat(printed(PrintingAudit.SCORECARD, PrintingAudit.FORM, linaForm))
                .extracting(AuditEntry::actor).containsExactlyInAnyOrder(DemoUsers.MANAGER, LINA);
        assertThat(printed(PrintingAudit.SCORECARD, PrintingAudit.FORM, zhoujieForm)).isEmpty();
    }

    @Test
    void theDepartmentHeadPrintsTheStatementByIdAsPdfAndXlsxAndOthersAreRefused() throws IOException {
        long cycleId = cycle("按编号打印汇总", List.of("HD0005", "HD0008"));
        scoreAndSign(formOf(LINA, cycleId));

        byte[] pdf = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> printing.statementPdf(cycleId, null,
                CycleResultsOrder.RANK, Locale.SIMPLIFIED_CHINESE));
        byte[] xlsx = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> printing.statementXlsx(cycleId, null,
                CycleResultsOrder.NAME, Locale.SIMPLIFIED_CHINESE));

        assertThat(PdfChecks.text(pdf)).contains("部门考核汇总", "李娜", "周杰", "96.50");
        assertThat(cellTexts(xlsx)).contains("李娜", "周杰", "HD0005", "HD0008");
        assertThat(printed(PrintingAudit.STATEMENT, PrintingAudit.CYCLE, cycleId))
                .extracting(entry -> entry.detail().args().get(2)).containsExactlyInAnyOrder("PDF", "XLSX");
        for (String login : List.of(DemoUsers.MANAGER, DemoUsers.EMPLOYEE)) {
            assertThatThrownBy(() -> demo.run(login, () -> printing.statementPdf(cycleId, null,
                    CycleResultsOrder.RANK, Locale.SIMPLIFIED_CHINESE))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(login, () -> printing.statementXlsx(cycleId, null,
                    CycleResultsOrder.RANK, Locale.SIMPLIFIED_CHINESE))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(printed(PrintingAudit.STATEMENT, PrintingAudit.CYCLE, cycleId)).hasSize(2);
    }

    @Test
    void aBatchOfTwoFormsHasACoverAndEachFormsPagesInNameOrder() {
        String name = "按编号批量打印 " + System.nanoTime();
        long cycleId = cycle(name, List.of("HD0005", "HD0006"));
        long team = data.departmentId("大客户一组");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int count = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> printing.batchPdf(cycleId, team, CycleResultsOrder.NAME,
                Locale.SIMPLIFIED_CHINESE, out));

        byte[] pdf = out.toByteArray();
        assertThat(count).isEqualTo(2);
        assertThat(PdfChecks.pages(pdf)).isGreaterThanOrEqualTo(3);
        assertThat(PdfChecks.pageText(pdf, 0)).contains("大客户一组", "按姓名", "陈志强");
        String forms = PdfChecks.text(pdf);
        assertThat(forms.indexOf("李娜")).isPositive().isLessThan(forms.indexOf("孙丽"));
        assertThat(printed(PrintingAudit.BATCH, PrintingAudit.CYCLE, cycleId)).singleElement()
                .satisfies(entry -> assertThat(entry.detail().args()).containsExactly(name, "大客户一组",
                        "2"));
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> printing.batchPdf(cycleId, team,
                CycleResultsOrder.NAME, Locale.SIMPLIFIED_CHINESE, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(printed(PrintingAudit.BATCH, PrintingAudit.CYCLE, cycleId)).hasSize(1);
    }

    @Test
    void thePortalMayFrameItsOwnPagesForThePreviewButNoOtherSiteMay() throws IOException, InterruptedException {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    /** An opened monthly sales representatives' cycle of 大客户部 with the given employees, in a period of its own. */
    private long cycle(String name, List<String> employeeNos) {
        long cycleId = data.draftCycle(name, StandardTemplates.salesRepMonthly(), AppraisalTestData.nextPeriod(),
                null);
        data.open(cycleId, employeeNos.stream().map(data::employeeId).toList());
        return cycleId;
    }

    private long formOf(String login, long cycleId) {
        return demo.as(login, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .map(FormSummary::id).orElseThrow();
    }

    /** Self-assessment submitted, scored by 刘洋 (total 96.50) and signed; returns the signed version. */
    private long scoreAndSign(long formId) {
        long v = demo.as(LINA, () -> forms.submitSelfAssessment(formId, forms.form(formId).version()));
        long scored = demo.as(DemoUsers.MANAGER, () -> forms.saveScores(formId, v, scores()));
        long submitted = demo.as(DemoUsers.MANAGER, () -> forms.submitScores(formId, scored));
        return demo.as(DemoUsers.MANAGER, () -> forms.sign(formId, submitted));
    }

    /** 销售目标 95 %, 其他 120 % (capped), bands 83.33: total 96.50 (see AppraisalWorkflowIT). */
    private static FormAnswers scores() {
        return FormAnswers.empty()
                .withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(new BigDecimal("100000"), new BigDecimal("95000"),
                        null, KpiSource.TYPED))
                .withKpi("OTHER_INDICATORS", new FormAnswers.KpiAnswer(new BigDecimal("20"), new BigDecimal("25"),
                        null, KpiSource.TYPED))
                .withBand("EVERYDAY_CONDUCT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("80"), null))
                .withBand("CUSTOMER_MAINTENANCE", new FormAnswers.BandAnswer(null, null, BandLevel.EXCEEDS,
                        new BigDecimal("92"), null))
                .withBand("MARKET_MANAGEMENT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("78"), null));
    }

    private List<AuditEntry> printed(String action, String entityType, long id) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, action, entityType,
                Long.toString(id), null, null), PageRequest.of(0, 20)));
    }

    private static List<String> cellTexts(byte[] xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString().strip());
                }
            }
        }
        return texts;
    }
}
