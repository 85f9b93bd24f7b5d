package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.CustomerExportService;
import com.keyaccount.portal.customer.CustomerFilter;
import com.keyaccount.portal.customer.CustomerImportService;
import com.keyaccount.portal.customer.SalesImportService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Sort;

/**
 * The directory's Excel actions: export the filtered list (with {@code customer:export}) and import customers
 * (with {@code customer:import}); each shown only to those who hold the permission, and checked again by the service.
 */
class CustomerExcelActions extends Composite<HorizontalLayout> {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Anchor export;
    final Button importButton;
    final Button importSalesButton;

    /**
     * @param filter the filter and sort of the list on screen, read when the download starts (outside the UI lock,
     *               so the view hands over the last value it applied)
     */
    CustomerExcelActions(CustomerExportService exporter, CustomerImportService importer,
            SalesImportService salesImporter, boolean mayExport,
            boolean mayImport, Supplier<CustomerFilter> filter, Supplier<Sort> sort, Runnable afterImport) {
        Locale locale = getLocale();
        UnaryOperator<String> labels = key -> getTranslation(locale, key);
        export = new Anchor();
        export.setHref((DownloadHandler) event -> {
            event.setFileName(getTranslation(locale, "customer.directory.exportFile") + ".xlsx");
            event.setContentType(XLSX);
            exporter.export(filter.get(), sort.get(), labels, event.getOutputStream());
        });
        export.setDownload(true);
        Button exportButton = new Button(getTranslation("customer.directory.export"), new Icon(VaadinIcon.DOWNLOAD));
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setVisible(mayExport);
        importButton = new Button(getTranslation("customer.import.open"), new Icon(VaadinIcon.UPLOAD),
                click -> new CustomerImportDialog(CustomerImportDialog.customers(importer), labels, afterImport)
                        .open());
        importButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importButton.setVisible(mayImport);
        importSalesButton = new Button(getTranslation("customer.salesImport.open"), new Icon(VaadinIcon.UPLOAD_ALT),
                click -> new CustomerImportDialog(CustomerImportDialog.sales(salesImporter), labels, afterImport)
                        .open());
        importSalesButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importSalesButton.setVisible(mayImport);
        getContent().add(export, importButton, importSalesButton);
        getContent().setSpacing(false);
    }
}
