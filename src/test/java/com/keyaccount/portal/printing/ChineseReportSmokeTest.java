package com.keyaccount.portal.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prints reports/smoke.jrxml with Chinese data and checks that the Chinese text is really there and really
 * visible: extractable text alone is not enough, a font without usable CJK glyphs still yields the text.
 */
class ChineseReportSmokeTest {

    /** Wraps over several lines: with StretchHeight, wrapped Chinese text must keep its last line. */
    private static final String INTRO = "本段由参数传入，用于检查中文段落的自动换行："
            + "大客户部负责重点客户的日常维护、合同续签与回款跟踪，".repeat(4) + "最后一行到此结束。";
    private static final int DPI = 100;

    private static final ReportRenderer renderer = new ReportRenderer();
    private static byte[] pdf;

    /** A report row read through getters (JasperReports' bean data source does not read records). */
    public static class Row {
        private final String name;
        private final String department;
        private final BigDecimal amount;

        Row(String name, String department, String amount) {
            this.name = name;
            this.department = department;
            this.amount = new BigDecimal(amount);
        }

        public String getName() {
            return name;
        }

        public String getDepartment() {
            return department;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    private record RecordRow(String name, String department, BigDecimal amount) {
    }

    @BeforeAll
    static void renderPdfOnce() {
        pdf = renderer.renderPdf("smoke", Map.of("Intro", INTRO),
                List.of(new Row("张伟", "大客户部", "12345.60"), new Row("李娜", "销售部", "800.00")));
    }

    @Test
    void pdfContainsChineseTextAndTotals() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(document);
        }

        assertThat(text).contains("大客户管理门户", "打印测试", "Print check",
                "张伟", "大客户部", "12,345.60", "李娜", "销售部", "800.00", "合计", "13,145.60");
        assertThat(text.replaceAll("\\s+", "")).contains(INTRO);
    }

    @Test
    void pdfEmbedsTheLatinAndTheChineseFont() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName fontName : resources.getFontNames()) {
                fonts.add(resources.getFont(fontName));
            }
        }

        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        assertThat(fonts).extracting(PDFont::getName)
                .anySatisfy(name -> assertThat(name).contains("DroidSansFallback"))
                .anySatisfy(name -> assertThat(name).contains("NotoSans"));
    }

    @Test
    void pdfRendersTheChineseTitleGlyphs() throws IOException {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
        }
        Path png = Path.of("target", "smoke-report.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(page, "png", png.toFile());

        // "大客户管理门户" (7 glyphs, 20 pt) fills 140 x 34 pt from the 40 pt margins: about 2,050 dark pixels at
        // 100 dpi. A font with empty CJK glyphs leaves 0; a font without CJK glyphs drops the characters, and the
        // Latin rest of the title that moves into this box gives about 1,100.
        int darkPixels = countDarkPixels(page, points(40), points(40), points(180), points(74));
        assertThat(darkPixels).as("dark pixels where the Chinese title is drawn").isGreaterThan(1500);
    }

    @Test
    void xlsxContainsChineseNamesOnANamedSheet() throws IOException {
        List<Map<String, ?>> rows = List.of(
                Map.of("name", "张伟", "department", "大客户部", "amount", new BigDecimal("12345.60")),
                Map.of("name", "李娜", "department", "销售部", "amount", new BigDecimal("800.00")));

        byte[] xlsx = renderer.renderXlsx("smoke", Map.of(), rows);

        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        Map<String, String> entries = unzip(xlsx);
        assertThat(entries.get("xl/sharedStrings.xml")).contains("大客户管理门户", "张伟", "大客户部", "李娜");
        assertThat(entries.get("xl/workbook.xml")).contains("打印测试");
    }

    @Test
    void recordRowsAreRefusedWithAClearMessage() {
        List<RecordRow> rows = List.of(new RecordRow("张伟", "大客户部", BigDecimal.ONE));

        assertThatThrownBy(() -> renderer.renderPdf("smoke", Map.of(), rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("records");
    }

    private static int points(int pt) {
        return Math.round(pt * DPI / 72f);
    }

    private static int countDarkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
