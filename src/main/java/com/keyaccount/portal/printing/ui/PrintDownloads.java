package com.keyaccount.portal.printing.ui;

import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.base.BusinessException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The print-outs a print view offers: each rendered by the print service when the browser asks for it (so the
 * service checks the reader and audits the print on that request), as an attachment to save or inline for the
 * preview frame. A refusal answers 403 before any byte is written.
 */
final class PrintDownloads {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PrintDownloads() {
    }

    /** A print-out built in memory (scorecard, statement): rendered before any header is sent. */
    static DownloadHandler of(String fileName, String contentType, boolean inline, Supplier<byte[]> content) {
        return event -> {
            byte[] bytes;
            try {
                bytes = content.get();
            } catch (AccessDeniedException | BusinessException e) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
                return;
            }
            describe(event, fileName, contentType, inline);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
    }

    /** A print-out the service writes straight to the response (a batch of many forms); refused before it writes. */
    static DownloadHandler streamed(String fileName, String contentType, Consumer<OutputStream> writer) {
        return event -> {
            describe(event, fileName, contentType, false);
            try (OutputStream out = event.getOutputStream()) {
                writer.accept(out);
            } catch (AccessDeniedException | BusinessException e) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
            }
        };
    }

    private static void describe(DownloadEvent event, String fileName, String contentType, boolean inline) {
        if (inline) {
            event.inline(fileName);
        } else {
            event.setFileName(fileName);
        }
        event.setContentType(contentType);
    }

    /**
     * A file name part for a period: 2026Q3 for a quarter, 2026H2 for a half-year, 2026-07 for a month, 2026 for a
     * year.
     */
    static String period(PeriodKind kind, LocalDate start) {
        int year = start.getYear();
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, start.getMonthValue());
            case QUARTER -> year + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> year + "H" + ((start.getMonthValue() - 1) / 6 + 1);
            case YEAR -> Integer.toString(year);
        };
    }

    /** A name without the characters file systems refuse (cycle names are free text). */
    static String safe(String name) {
        return name.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
