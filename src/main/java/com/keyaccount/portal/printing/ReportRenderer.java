package com.keyaccount.portal.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.springframework.stereotype.Component;

/**
 * Fills the portal's JasperReports templates and exports them to PDF or XLSX.
 *
 * <p>The report {@code NAME} is the classpath resource {@code reports/NAME.jrxml} (the build copies the
 * project's top-level {@code reports/} folder there). A template is compiled on first use, which takes a few
 * seconds, and the compiled report is kept for the lifetime of the service.
 *
 * <p>Rows are either {@link Map}s keyed by field name or JavaBeans read through {@code getX()} getters. Java
 * records are refused: JasperReports' bean data source cannot read their accessors.
 *
 * <p>Reports set {@code fontName="Portal Sans"}, the font set of the font extension
 * {@code jasper/fonts/portal-fonts.xml}: Noto Sans for Latin text, Droid Sans Fallback for Chinese, both
 * embedded in the PDF (copy the default style of {@code reports/smoke.jrxml}). PDF export always uses the forced
 * line-break policy, without which wrapped Chinese text can lose its last line. Unless the caller passes
 * {@link JRParameter#REPORT_LOCALE}, numbers and dates are formatted for {@link Locale#SIMPLIFIED_CHINESE}.
 *
 * <p>An unknown report, an invalid name or record rows raise {@link IllegalArgumentException}; compile, fill
 * and export errors raise {@link IllegalStateException}. Thread-safe.
 *
 * <p>Infrastructure of the printing module, so package-private: it renders whatever it is given, so other modules
 * print through the printing module's services, whose public methods check a permission.
 */
@Component
class ReportRenderer {

    private static final Pattern REPORT_NAME = Pattern.compile("[\\w-]+(/[\\w-]+)*");

    private final Map<String, JasperReport> compiledReports = new ConcurrentHashMap<>();

    /**
     * Renders a report as a PDF document.
     *
     * @param reportName the template's path below {@code reports/}, without {@code .jrxml}
     * @param parameters report parameters by name
     * @param rows       the detail rows: maps or getter beans
     * @return the PDF bytes
     */
    byte[] renderPdf(String reportName, Map<String, Object> parameters, Collection<?> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportPdf(List.of(fill(reportName, parameters, rows)), out);
        return out.toByteArray();
    }

    /**
     * Writes filled reports one after the other as one PDF document (a cover and many forms, for example). Pages
     * swapped out by a virtualizer the reports were filled with are read back one at a time while exporting.
     *
     * @param prints the filled reports, in order
     * @param out    where the PDF goes; left open
     */
    void exportPdf(List<JasperPrint> prints, OutputStream out) {
        SimplePdfReportConfiguration configuration = new SimplePdfReportConfiguration();
        configuration.setForceLineBreakPolicy(true);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setConfiguration(configuration);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Could not export " + prints.size() + " reports as PDF", e);
        }
    }

    /**
     * Renders a report as an Excel workbook; numbers become numeric cells. A report tunes the workbook with
     * {@code net.sf.jasperreports.export.xls.*} properties (sheet names, for example), which JasperReports 7.0.6
     * reads for XLSX too; only the element filters ({@code exclude.origin.*}, {@code exclude.key.*}) take the
     * {@code net.sf.jasperreports.export.xlsx.} prefix.
     *
     * @param reportName the template's path below {@code reports/}, without {@code .jrxml}
     * @param parameters report parameters by name
     * @param rows       the detail rows: maps or getter beans
     * @return the XLSX bytes
     */
    byte[] renderXlsx(String reportName, Map<String, Object> parameters, Collection<?> rows) {
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setWhitePageBackground(false);
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setConfiguration(configuration);
        return export(exporter, fill(reportName, parameters, rows));
    }

    /**
     * Fills a report without exporting it, for documents made of several reports ({@link #exportPdf}). To keep
     * memory bounded, pass a {@link net.sf.jasperreports.engine.JRVirtualizer} as
     * {@link JRParameter#REPORT_VIRTUALIZER}.
     */
    JasperPrint fill(String reportName, Map<String, Object> parameters, Collection<?> rows) {
        JasperReport report = compiledReport(reportName);
        Map<String, Object> fillParameters = new HashMap<>(parameters);
        fillParameters.putIfAbsent(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        try {
            return JasperFillManager.fillReport(report, fillParameters, dataSource(rows));
        } catch (JRException e) {
            throw new IllegalStateException("Could not fill report " + reportName, e);
        }
    }

    private JasperReport compiledReport(String reportName) {
        if (!REPORT_NAME.matcher(reportName).matches()) {
            throw new IllegalArgumentException("Invalid report name: " + reportName);
        }
        return compiledReports.computeIfAbsent(reportName, ReportRenderer::compile);
    }

    private static JasperReport compile(String reportName) {
        String location = "reports/" + reportName + ".jrxml";
        try (InputStream jrxml = ReportRenderer.class.getClassLoader().getResourceAsStream(location)) {
            if (jrxml == null) {
                throw new IllegalArgumentException("No report template on the classpath: " + location);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Could not compile " + location, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static JRDataSource dataSource(Collection<?> rows) {
        if (rows.stream().allMatch(Map.class::isInstance)) {
            return new JRMapCollectionDataSource((Collection<Map<String, ?>>) rows);
        }
        if (rows.stream().anyMatch(row -> row != null && row.getClass().isRecord())) {
            throw new IllegalArgumentException("Report rows must be maps or classes with getters, not records");
        }
        return new JRBeanCollectionDataSource(rows);
    }

    private static byte[] export(Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter,
                                 JasperPrint print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Could not export report " + print.getName(), e);
        }
        return out.toByteArray();
    }
}
