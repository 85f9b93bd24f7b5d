package com.keyaccount.portal.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.security.Permissions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The print service in the running portal: who may call it, the company and the printing person on the page, and the
 * audit row of every print.
 */
class AppraisalPrintServiceIT extends AbstractIntegrationTest {

    @Autowired
    AppraisalPrintService printing;
    @Autowired
    DemoUsers demo;
    @Autowired
    AuditService audit;

    @Test
    void anEmployeePrintsTheirScorecardWithTheCompanyAndThemselvesOnItAndThePrintIsAudited() {
        Scorecard card = withFormId(AppraisalPrintFixtures.bandedScorecard(), uniqueId());

        byte[] pdf = demo.as(DemoUsers.EMPLOYEE, () -> printing.scorecardPdf(card, Locale.SIMPLIFIED_CHINESE));

        assertThat(PdfChecks.text(pdf)).contains("宏达商贸有限公司", "大客户经理管理绩效评定表", "张伟", "打印人：张伟");
        assertThat(audited(PrintingAudit.SCORECARD, PrintingAudit.FORM, card.formId())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(DemoUsers.EMPLOYEE);
                    assertThat(entry.detail().key()).isEqualTo("printing.audit.scorecard");
                    assertThat(entry.detail().args()).containsExactly("张伟", "2026年第三季度大客户部考核");
                });
    }

    @Test
    void theDepartmentHeadExportsTheStatementAsXlsxAndPdfBothAudited() throws IOException {
        CycleResults results = withCycleId(AppraisalPrintFixtures.results(AppraisalPrintFixtures.department(6)),
                uniqueId());

        byte[] xlsx = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> printing.statementXlsx(results, Locale.ENGLISH));
        byte[] pdf = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> printing.statementPdf(results,
                Locale.SIMPLIFIED_CHINESE));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Department appraisal statement");
        }
        assertThat(PdfChecks.text(pdf)).contains("部门考核汇总", "宏达商贸有限公司", "参与人数 6");
        assertThat(audited(PrintingAudit.STATEMENT, PrintingAudit.CYCLE, results.cycleId()))
                .extracting(entry -> entry.detail().args())
                .containsExactlyInAnyOrder(List.of(results.cycleName(), "大客户部", "XLSX", "6"),
                        List.of(results.cycleName(), "大客户部", "PDF", "6"));
    }

    @Test
    void aBatchIsAuditedWithTheNumberOfFormsPrinted() {
        List<Scorecard> cards = AppraisalPrintFixtures.department(5);
        long cycleId = uniqueId();
        BatchCover cover = new BatchCover(cycleId, "2026年第三季度大客户部考核", cards.getFirst().period(),
                cards.getFirst().periodStart(), cards.getFirst().periodEnd(), null, null, CycleResultsOrder.NAME);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int printed = demo.as(DemoUsers.MANAGER, () -> printing.batchPdf(cover, cards.iterator(),
                Locale.SIMPLIFIED_CHINESE, out));

        assertThat(printed).isEqualTo(5);
        assertThat(PdfChecks.pageText(out.toByteArray(), 0)).contains("全部部门", "按姓名", "刘洋");
        assertThat(audited(PrintingAudit.BATCH, PrintingAudit.CYCLE, cycleId)).singleElement()
                .satisfies(entry -> assertThat(entry.detail().args()).containsExactly("2026年第三季度大客户部考核",
                        "#printing.appraisal.statement.allDepartments", "5"));
    }

    @Test
    void printingNeedsTheAppraisalPermission() {
        Scorecard card = AppraisalPrintFixtures.bandedScorecard();

        assertThatThrownBy(() -> printing.scorecardPdf(card, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext orgReaderOnly = SecurityContextHolder.createEmptyContext();
        orgReaderOnly.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("reader", null,
                List.of(new SimpleGrantedAuthority(Permissions.authority(Permissions.Org.READ)))));
        SecurityContextHolder.setContext(orgReaderOnly);
        try {
            assertThatThrownBy(() -> printing.scorecardPdf(card, Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private List<AuditEntry> audited(String action, String entityType, long id) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, action, entityType,
                Long.toString(id), null, null), PageRequest.of(0, 20)));
    }

    private static long uniqueId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }

    private static Scorecard withFormId(Scorecard c, long formId) {
        return new Scorecard(formId, c.cycleId(), c.cycleName(), c.period(), c.periodStart(), c.periodEnd(),
                c.template(), c.employeeName(), c.employeeNo(), c.departmentName(), c.position(), c.reviewerName(),
                c.status(), c.answers(), c.opinions(), c.result(), c.rank(), c.previousTotal(), c.previousLevel(),
                c.signature(), c.approval(), c.sealIntact());
    }

    private static CycleResults withCycleId(CycleResults r, long cycleId) {
        return new CycleResults(cycleId, r.cycleName(), r.period(), r.periodStart(), r.periodEnd(), r.template(),
                r.departmentId(), r.departmentName(), r.rows(), r.maxExcellentPercent());
    }
}
