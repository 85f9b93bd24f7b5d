package com.keyaccount.portal.printing;

import static com.keyaccount.portal.printing.PdfChecks.compact;
import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.Scorecard;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The appraisal print-outs rendered from forms of the shipped 000 templates, read back as the reader gets them: the
 * text PDFBox extracts, the embedded fonts, a rendered page, and the statement's XLSX through POI.
 */
class AppraisalPdfTest {

    private static final AppraisalReports reports = new AppraisalReports(new ReportRenderer());
    private static final PrintContext CHINESE = AppraisalPrintFixtures.context(Locale.SIMPLIFIED_CHINESE);

    @Test
    void bandedScorecardPrintsHeaderBandsChosenBandScoresAndSignature() {
        byte[] pdf = reports.scorecardPdf(AppraisalPrintFixtures.bandedScorecard(), CHINESE);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("宏达商贸有限公司", "大客户经理管理绩效评定表", "张伟", "KA-0001", "大客户部",
                "大客户经理", "季度 2026-07-01 – 2026-09-30", "2026年第三季度大客户部考核", "已定稿",
                "超出目标", "达到目标", "接近目标", "远低于目标", "沟通效果", "工作分配", "下属发展", "管理力度",
                "【选定】", "95.00", "自评：", "评语：沟通顺畅，下属愿意主动沟通", "总分", "良好", "排名", "2",
                "上期结果", "82.50 良好", "签字", "刘洋", "2026-10-08 14:15", "审批", "黄强", "2026-10-09 09:40",
                AppraisalPrintFixtures.HASH, "打印人：陈志强", "打印时间：2026-10-12 10:30", "第 1 页", "共 1 页");
        assertThat(compact(text)).contains(compact("难以和下属沟通,下属不愿意和上级沟通,上级难以了解下属的想法"));
        assertThat(text).doesNotContain("警告");
    }

    @Test
    void kpiScorecardPrintsTargetsActualsRatesScoresAndSources() {
        byte[] pdf = reports.scorecardPdf(AppraisalPrintFixtures.salesRepScorecard(), CHINESE);

        String text = PdfChecks.text(pdf);
        assertThat(compact(text)).contains("销售目标指标(50%*)", "日常工作指标(30%*)");
        assertThat(text).contains("销售代表月度考核表", "王芳", "销售代表", "月度",
                "500,000", "475,000", "95.00%", "其他指标", "120.00%", "销售月报", "手工填写", "日常工作指标",
                "平时表现", "客户维护", "市场管理", "待审批", "未审批");
        assertThat(text).contains("目标值", "实际值", "完成率", "数据来源");
    }

    @Test
    void annualScorecardPrintsHalfYearResultsAndAssessingDepartments() {
        byte[] pdf = reports.scorecardPdf(AppraisalPrintFixtures.annualScorecard(), CHINESE);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("销售经理年度考核表", "新产品销售率", "新客户开发成本", "员工建议采纳数", "半年",
                "销售计划部", "企划部", "行政部", "105.00%", "90.00%", "年度 2026-01-01 – 2026-12-31", "未签字");
    }

    @Test
    void quarterlyReportPrintsPointsOpinionsAndPendingDepartment() {
        Scorecard card = AppraisalPrintFixtures.quarterlyReportScorecard();
        byte[] pdf = reports.scorecardPdf(card, CHINESE);

        String text = PdfChecks.text(pdf);
        assertThat(compact(text)).contains("工作总结(40%*)", "相关部门意见(20%*)", "相关部门意见(0–100*)得分86.50");
        assertThat(text).contains("区域经理季度述职考评表", "刘洋", "区域经理", "目标完成", "市场运作",
                "问题分析解决方案", "第1点", "下一阶段工作计划", "竞争策略", "附销售明细表", "相关部门意见",
                "客户服务部", "行政部", "企划部", "物流部", "其他", "待填写", "孙浩", "胡斌", "88.00", "84.00",
                "2026-10-05 11:00", "情况属实，继续保持");
        assertThat(compact(text)).contains(compact("目标完成：本季度重庆区域完成销售额320万元，新开发大客户3家，重点客户回款及时。"));
        assertThat(text).contains(PrintFormats.score(card.result().total()));
    }

    @Test
    void compositePrintsPartsCompositeScoreLevelGradeChangeAndBrokenSeal() {
        Scorecard card = AppraisalPrintFixtures.compositeScorecard();
        byte[] pdf = reports.scorecardPdf(card, CHINESE);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("大客户经理季度综合考评表", "陈静", "绩效得分", "评估得分", "学历分", "工龄分",
                "50%*", "30%*", "综合得分", PrintFormats.score(card.result().total()), "上期结果", "84.20 良好",
                "工资等级调整", "建议", "沟通协作能力", "指挥、领导能力",
                "警告：签字后表单内容已被修改，与签字时的内容哈希不符", "* 原表未给出，为系统默认值，可修改");
        assertThat(PdfChecks.pages(pdf)).isEqualTo(2);
        assertThat(text).contains("第 2 页", "共 2 页");
    }

    @Test
    void scorecardInEnglishUsesTheEnglishLabelsAndNames() {
        byte[] pdf = reports.scorecardPdf(AppraisalPrintFixtures.salesRepScorecard(),
                AppraisalPrintFixtures.context(Locale.ENGLISH));

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("Sales representative monthly appraisal", "Employee", "Target", "Actual", "Rate",
                "95.00%", "Printed by 陈志强", "Page 1", "of 1", "To be approved");
        assertThat(compact(text)).contains("monthlysales", "Salestarget(50%*)");
        assertThat(text).doesNotContain("printing.appraisal", "目标值");
    }

    @Test
    void scorecardEmbedsTheLatinAndChineseFontsAndIsNotBlank() throws IOException {
        byte[] pdf = reports.scorecardPdf(AppraisalPrintFixtures.quarterlyReportScorecard(), CHINESE);

        List<PDFont> fonts = PdfChecks.fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        assertThat(fonts).extracting(PDFont::getName)
                .anySatisfy(name -> assertThat(name).contains("DroidSansFallback"))
                .anySatisfy(name -> assertThat(name).contains("NotoSans"));
        BufferedImage page = PdfChecks.render(pdf, 0);
        Path png = Path.of("target", "appraisal-scorecard.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(page, "png", png.toFile());
        // a full page of Chinese tables at 72 dpi: tens of thousands of dark pixels; an empty-glyph font leaves only
        // the table lines (a few thousand)
        assertThat(PdfChecks.darkPixels(page)).isGreaterThan(15_000);
    }

    @Test
    void statementListsEveryParticipantWithAveragesDistributionAndChart() {
        List<Scorecard> cards = AppraisalPrintFixtures.department(20);
        CycleResults results = AppraisalPrintFixtures.results(cards);
        byte[] pdf = reports.statementPdf(results, CHINESE);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("宏达商贸有限公司", "部门考核汇总", "大客户部", "大客户经理管理绩效评定表 · 第 1 版",
                "季度 2026-07-01 – 2026-09-30", "排名", "姓名", "工号", "管理绩效", "总分", "等级", "上期结果",
                "平均", "参与人数 20", "已评分人数 20", "等级分布", "优秀", "良好", "一般", "及格", "不及格",
                "分布规则：优秀不超过 20%", "80.00 良好");
        for (Scorecard card : cards) {
            assertThat(text).contains(card.employeeName(), card.employeeNo(),
                    PrintFormats.score(card.result().total()));
        }
        assertThat(text).contains(PrintFormats.score(StatementReport.average(results.rows(),
                CycleResults.Row::total)));
        assertThat(text).contains("15.0%");

        int blue = 0;
        for (int page = 0; page < PdfChecks.pages(pdf); page++) {
            blue += PdfChecks.bluePixels(PdfChecks.render(pdf, page));
        }
        assertThat(blue).as("pixels of the distribution bars").isGreaterThan(500);
    }

    @Test
    void statementXlsxHasOneSheetWithNumericScoresAndTheDistribution() throws IOException {
        List<Scorecard> cards = AppraisalPrintFixtures.department(20);
        byte[] xlsx = reports.statementXlsx(AppraisalPrintFixtures.results(cards), CHINESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetName(0)).isEqualTo("部门考核汇总");
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Scorecard best = cards.getFirst();
            Row bestRow = rowWith(sheet, formatter, best.employeeName());
            assertThat(bestRow).as("row of " + best.employeeName()).isNotNull();
            assertThat(texts(bestRow, formatter)).contains("1", best.employeeNo(), "大客户经理", "优秀");
            List<Cell> numbers = numericCells(bestRow);
            assertThat(numbers).extracting(Cell::getNumericCellValue)
                    .contains(best.result().total().doubleValue());
            int participants = 0;
            for (Scorecard card : cards) {
                participants += rowWith(sheet, formatter, card.employeeName()) != null ? 1 : 0;
            }
            assertThat(participants).isEqualTo(20);
            assertThat(rowWith(sheet, formatter, "等级分布")).isNotNull();
            assertThat(rowWith(sheet, formatter, "打印人：陈志强")).as("no page footer in the sheet").isNull();
        }
    }

    @Test
    void batchPrintsACoverThenEveryScorecardInTheGivenOrder() {
        List<Scorecard> cards = AppraisalPrintFixtures.department(20);
        Scorecard first = cards.getFirst();
        BatchCover cover = new BatchCover(first.cycleId(), first.cycleName(), PeriodKind.QUARTER, first.periodStart(),
                first.periodEnd(), 3L, "大客户部", CycleResultsOrder.RANK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int printed = reports.batchPdf(cover, cards.iterator(), CHINESE, out);

        byte[] pdf = out.toByteArray();
        assertThat(printed).isEqualTo(20);
        assertThat(PdfChecks.pages(pdf)).isEqualTo(21);
        String coverText = PdfChecks.pageText(pdf, 0);
        assertThat(coverText).contains("宏达商贸有限公司", "考核表批量打印", "2026年第三季度大客户部考核", "大客户部",
                "考核表份数", "20", "按排名", "陈志强", "2026-10-12 10:30");
        for (int i = 0; i < cards.size(); i++) {
            assertThat(PdfChecks.pageText(pdf, i + 1)).as("page %d", i + 2)
                    .contains(cards.get(i).employeeName(), "排名", "第 1 页");
        }
        assertThat(PdfChecks.fonts(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        assertThat(PdfChecks.darkPixels(PdfChecks.render(pdf, 0))).isGreaterThan(2_000);
    }

    private static Row rowWith(Sheet sheet, DataFormatter formatter, String text) {
        for (Row row : sheet) {
            if (texts(row, formatter).contains(text)) {
                return row;
            }
        }
        return null;
    }

    private static List<String> texts(Row row, DataFormatter formatter) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(formatter.formatCellValue(cell).strip()));
        return texts;
    }

    private static List<Cell> numericCells(Row row) {
        List<Cell> cells = new ArrayList<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.NUMERIC) {
                cells.add(cell);
            }
        });
        return cells;
    }
}
