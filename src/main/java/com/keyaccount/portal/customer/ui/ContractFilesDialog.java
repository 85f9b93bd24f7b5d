package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.ContractDownload;
import com.keyaccount.portal.customer.ContractFileSummary;
import com.keyaccount.portal.customer.ContractService;
import com.keyaccount.portal.customer.ContractSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.LongFunction;

/**
 * A contract's attachments: download links (every download checked and audited by the service), upload of PDF and
 * images, and deletion — for an ended archive a disposal request to the 大客户部经理 (000 客户名册管理制度 第九条).
 */
class ContractFilesDialog extends Dialog {

    final VerticalLayout list = new VerticalLayout();
    final Upload upload;

    private final ContractService contracts;
    private final long contractId;
    private final boolean edit;
    private final boolean ended;
    private final LongFunction<ContractSummary> reload;

    ContractFilesDialog(ContractService contracts, ContractSummary contract, boolean edit, boolean ended,
            LongFunction<ContractSummary> reload) {
        this.contracts = contracts;
        this.contractId = contract.id();
        this.edit = edit;
        this.ended = ended;
        this.reload = reload;
        setHeaderTitle(getTranslation("customer.contract.files", contract.contractNo()));
        list.setPadding(false);
        upload = new Upload(UploadHandler.inMemory((metadata, content) -> receive(metadata.fileName(), content)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, contracts.maxAttachmentBytes()));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.addFileRejectedListener(event -> UiErrors.showNotification(new BusinessException(
                "customer.contract.file.rejected", event.getFileName())));
        upload.setVisible(edit && !ended);
        add(list, upload);
        getFooter().add(new Button(getTranslation("customer.survey.close"), click -> close()));
        setWidth("min(40rem, 95vw)");
        show(contract);
    }

    /** Stores an uploaded file through the service, which checks size and content type. */
    void receive(String fileName, byte[] content) {
        try {
            contracts.upload(contractId, fileName, content);
            UiErrors.showSuccess(getTranslation("customer.contract.file.uploaded", fileName));
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        upload.clearFileList();
        show(reload.apply(contractId));
    }

    private void show(ContractSummary contract) {
        list.removeAll();
        if (contract.files().isEmpty()) {
            list.add(new Span(getTranslation("customer.contract.noFiles")));
        }
        for (ContractFileSummary file : contract.files()) {
            Anchor link = new Anchor(download(file.id()), file.fileName());
            HorizontalLayout row = new HorizontalLayout(link);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (edit) {
                String label = getTranslation(ended ? "customer.contract.file.requestDisposal" : "common.delete");
                Button remove = new Button(label, click -> new ConfirmDeleteDialog(label, getTranslation(ended
                        ? "customer.contract.file.disposalText" : "customer.contract.file.deleteText",
                        file.fileName()), label, () -> remove(file)).open());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            list.add(row);
        }
    }

    private DownloadHandler download(long fileId) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                ContractDownload file = contracts.download(fileId);
                return new DownloadResponse(file.content(), file.fileName(), file.contentType(), file.sizeBytes());
            } catch (BusinessException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }

    private void remove(ContractFileSummary file) {
        try {
            if (ended) {
                contracts.requestDisposal(file.id());
                UiErrors.showSuccess(getTranslation("customer.contract.file.disposalRequested", file.fileName()));
            } else {
                contracts.deleteFile(file.id());
                UiErrors.showSuccess(getTranslation("customer.contract.file.deleted", file.fileName()));
            }
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        show(reload.apply(contractId));
    }
}
