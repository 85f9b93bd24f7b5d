package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerImportService;
import com.keyaccount.portal.customer.ImportMode;
import com.keyaccount.portal.customer.ImportProblem;
import com.keyaccount.portal.customer.ImportReport;
import com.keyaccount.portal.customer.SalesImportReport;
import com.keyaccount.portal.customer.SalesImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An XLSX import (导入客户, 导入销售月报): download the template, choose all-or-nothing (default) or valid rows only,
 * upload the file, read the per-row report. What is imported is the {@link Target}'s.
 */
class CustomerImportDialog extends Dialog {

    /** What the dialog imports: its title, its template and the import itself. */
    interface Target {
        String titleKey();

        String templateFileKey();

        void writeTemplate(UnaryOperator<String> labels, OutputStream out) throws IOException;

        Outcome run(byte[] data, String fileName, ImportMode mode, UnaryOperator<String> labels);
    }

    /** The summary line (message key and arguments), the problems, and whether anything was written. */
    record Outcome(String summaryKey, List<Object> summaryArgs, List<ImportProblem> problems, boolean changed) {
    }

    /** Customers and their contacts ({@link CustomerImportService}). */
    static Target customers(CustomerImportService importer) {
        return new Target() {
            public String titleKey() {
                return "customer.import.title";
            }

            public String templateFileKey() {
                return "customer.import.templateFile";
            }

            public void writeTemplate(UnaryOperator<String> labels, OutputStream out) throws IOException {
                importer.writeTemplate(labels, out);
            }

            public Outcome run(byte[] data, String fileName, ImportMode mode, UnaryOperator<String> labels) {
                ImportReport result = importer.importFile(data, fileName, mode, labels);
                return new Outcome(result.applied() ? "customer.import.done" : "customer.import.nothing",
                        List.of(result.customersImported(), result.contactsImported(), result.problems().size()),
                        result.problems(), result.customersImported() > 0);
            }
        };
    }

    /** Monthly sales lines (002 六, {@link SalesImportService}). */
    static Target sales(SalesImportService importer) {
        return new Target() {
            public String titleKey() {
                return "customer.salesImport.title";
            }

            public String templateFileKey() {
                return "customer.salesImport.templateFile";
            }

            public void writeTemplate(UnaryOperator<String> labels, OutputStream out) throws IOException {
                importer.writeTemplate(labels, out);
            }

            public Outcome run(byte[] data, String fileName, ImportMode mode, UnaryOperator<String> labels) {
                SalesImportReport result = importer.importFile(data, fileName, mode, labels);
                return new Outcome(result.applied() ? "customer.salesImport.done" : "customer.salesImport.nothing",
                        List.of(result.imported(), result.rows(), result.problems().size()), result.problems(),
                        result.imported() > 0);
            }
        };
    }

    static final int MAX_BYTES = 5 * 1024 * 1024;

    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Upload upload = new Upload();
    final Paragraph summary = new Paragraph();
    final Grid<ImportProblem> report = new Grid<>();

    private final Target target;
    private final UnaryOperator<String> labels;
    private final Runnable afterImport;

    CustomerImportDialog(Target target, UnaryOperator<String> labels, Runnable afterImport) {
        this.target = target;
        this.labels = labels;
        this.afterImport = afterImport;
        setHeaderTitle(getTranslation(target.titleKey()));
        setWidth("min(60em, 95vw)");
        Anchor template = new Anchor();
        template.setHref((DownloadHandler) event -> {
            event.setFileName(labels.apply(target.templateFileKey()) + ".xlsx");
            event.setContentType(CustomerExcelActions.XLSX);
            target.writeTemplate(labels, event.getOutputStream());
        });
        template.setDownload(true);
        template.add(new Icon(VaadinIcon.FILE_TABLE), new Span(
                getTranslation("customer.import.template")));
        mode.setLabel(getTranslation("customer.import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("customer.import.mode." + m.name()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> run(metadata.fileName(), data))));
        upload.setAcceptedFileTypes(".xlsx", CustomerExcelActions.XLSX);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(event -> summary.setText(getTranslation("customer.import.rejected")));
        report.addColumn(p -> labels.apply(p.sheetKey())).setHeader(getTranslation("customer.import.sheet"))
                .setAutoWidth(true);
        report.addColumn(ImportProblem::row).setHeader(getTranslation("customer.import.row")).setAutoWidth(true);
        report.addColumn(p -> p.columnKey() == null ? "" : labels.apply(p.columnKey()))
                .setHeader(getTranslation("customer.import.column")).setAutoWidth(true);
        report.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray()))
                .setHeader(getTranslation("customer.import.message")).setFlexGrow(1);
        report.setVisible(false);
        report.setAllRowsVisible(true);
        add(template, mode, upload, summary, report);
        getFooter().add(new Button(getTranslation("customer.import.close"), click -> close()));
    }

    void run(String fileName, byte[] data) {
        try {
            Outcome result = target.run(data, fileName, mode.getValue(), labels);
            summary.setText(getTranslation(result.summaryKey(), result.summaryArgs().toArray()));
            report.setItems(result.problems());
            report.setVisible(!result.problems().isEmpty());
            if (result.changed()) {
                afterImport.run();
            }
        } catch (RuntimeException e) {
            summary.setText(UiErrors.message(e));
            report.setVisible(false);
        }
        upload.clearFileList();
    }
}
