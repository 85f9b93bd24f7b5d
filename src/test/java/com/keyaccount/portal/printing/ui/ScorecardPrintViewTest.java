package com.keyaccount.portal.printing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.AppraisalTestData;
import com.keyaccount.portal.appraisal.FormSummary;
import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.appraisal.StandardTemplates;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The print page of one form: preview and download of the PDF for those who may see it, the reason for others. */
class ScorecardPrintViewTest extends ViewTestBase {

    @Autowired
    AppraisalTestData data;
    @Autowired
    AppraisalFormService forms;
    @Autowired
    DemoUsers demo;

    private long linaForm;
    private long zhoujieForm;

    @BeforeEach
    void cycleWithTwoTeams() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("打印页面 " + start, StandardTemplates.salesRepMonthly(), start, null);
        data.open(cycleId, List.of(data.employeeId("HD0005"), data.employeeId("HD0008")));
        linaForm = formOf("lina", cycleId);
        zhoujieForm = formOf("zhoujie", cycleId);
    }

    private long formOf(String login, long cycleId) {
        return demo.as(login, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .map(FormSummary::id).orElseThrow();
    }

    private ScorecardPrintView open(long formId) {
        return navigate("appraisals/forms/" + formId + "/print", ScorecardPrintView.class);
    }

    @Test
    @WithUserDetails(DemoUsers.MANAGER)
    void theReviewerGetsAPreviewAndADownloadNamedAfterTheEmployeeAndPeriod() {
        ScorecardPrintView view = open(linaForm);

        Scorecard card = view.scorecard().orElseThrow();
        assertThat(view.refusal.isVisible()).isFalse();
        assertThat(view.heading.getText()).startsWith("李娜 · 打印页面");
        assertThat(view.back.getHref()).isEqualTo("appraisals/forms/" + linaForm);
        assertThat(view.language.getValue()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(view.fileName).isEqualTo("考核表-李娜-%d-%02d.pdf".formatted(card.periodStart().getYear(),
                card.periodStart().getMonthValue()));
        assertThat(view.download.isVisible()).isTrue();
        assertThat(view.download.getHref()).isNotBlank();
        assertThat(view.download.isDownload()).isTrue();
        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.preview.getSrc()).isNotBlank().isNotEqualTo(view.download.getHref());
        assertThat(view.getPageTitle()).isEqualTo("打印考核表");

        String chineseHref = view.download.getHref();
        view.language.setValue(Locale.ENGLISH);

        assertThat(view.fileName).startsWith("Appraisal-form-李娜-");
        assertThat(view.download.getHref()).as("a new resource for the English print-out").isNotEqualTo(chineseHref);
    }

    @Test
    @WithUserDetails(DemoUsers.MANAGER)
    void theDownloadIsAnAttachmentAndThePreviewShowsTheSamePdfInline() throws IOException {
        ScorecardPrintView view = open(linaForm);

        Downloads.Fetched file = Downloads.fetch(view.download.getHref());
        Downloads.Fetched shown = Downloads.fetch(view.preview.getSrc());

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers()).containsEntry("Content-Type", "application/pdf");
        assertThat(file.headers().get("Content-Disposition")).startsWith("attachment")
                .contains(URLEncoder.encode(view.fileName, StandardCharsets.UTF_8));
        assertThat(shown.headers().get("Content-Disposition")).startsWith("inline");
        for (byte[] pdf : List.of(file.body(), shown.body())) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("李娜", "打印人：刘洋");
            }
        }
    }

    @Test
    @WithUserDetails(DemoUsers.MANAGER)
    void anotherTeamsFormShowsTheRefusalInsteadOfThePreview() {
        ScorecardPrintView view = open(zhoujieForm);

        assertThat(view.scorecard()).isEmpty();
        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).isEqualTo("您没有执行此操作的权限");
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(view.download.isVisible()).isFalse();
        assertThat(view.back.getHref()).isEqualTo("appraisals/forms/" + zhoujieForm);
    }

    @Test
    @WithUserDetails("lina")
    void theEmployeeSeesTheRefusalBeforeTheFormIsFinal() {
        ScorecardPrintView view = open(linaForm);

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).isEqualTo("您没有执行此操作的权限");
        assertThat(view.preview.isVisible()).isFalse();
    }
}
