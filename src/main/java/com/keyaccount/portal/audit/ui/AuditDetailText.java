package com.keyaccount.portal.audit.ui;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.FieldChange;
import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An audit detail in the viewer's language: the message with its arguments, then the changed fields as
 * "字段：旧值 → 新值". Values written as {@code #key} (several as {@code #a,#b}) are translated, ISO dates and
 * moments are formatted for the locale and, for moments, the business time zone.
 */
final class AuditDetailText {

    /** Looks up a message in the viewer's language, like {@code Component.getTranslation}. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... args);
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    private final Translator translator;
    private final Locale locale;
    private final ZoneId zone;

    AuditDetailText(Translator translator, Locale locale, ZoneId zone) {
        this.translator = translator;
        this.locale = locale;
        this.zone = zone;
    }

    String render(AuditDetail detail) {
        if (detail == null || detail.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (detail.key() != null) {
            Object[] args = detail.args().stream().map(this::value).toArray();
            parts.add(labelOr(detail.key(), detail.key() + " " + Arrays.toString(args), args));
        }
        if (!detail.changes().isEmpty()) {
            parts.add(detail.changes().stream().map(this::change)
                    .collect(Collectors.joining(translator.translate("audit.detail.changeSeparator"))));
        }
        return String.join(translator.translate("audit.detail.partSeparator"), parts);
    }

    private String change(FieldChange change) {
        return translator.translate("audit.detail.change", labelOr(change.field(), change.field()),
                valueOrEmpty(change.from()), valueOrEmpty(change.to()));
    }

    private String valueOrEmpty(String value) {
        return value == null || value.isEmpty() ? translator.translate("audit.value.empty") : value(value);
    }

    /** One argument or value as the viewer reads it. */
    String value(String value) {
        if (value.startsWith("#")) {
            return Arrays.stream(value.split(","))
                    .map(part -> part.startsWith("#") ? labelOr(part.substring(1), part) : part)
                    .collect(Collectors.joining(translator.translate(PortalI18NProvider.LIST_SEPARATOR)));
        }
        try {
            if (ISO_INSTANT.matcher(value).matches()) {
                return Formats.dateTime(Instant.parse(value), zone, locale);
            }
            if (ISO_DATE.matcher(value).matches()) {
                return Formats.date(LocalDate.parse(value), locale);
            }
            return value;
        } catch (DateTimeParseException looksLikeADateButIsNot) {
            return value;
        }
    }

    /** Keys of modules added later may lack a label yet: show the raw text rather than a missing-key marker. */
    private String labelOr(String key, String fallback, Object... args) {
        String label = translator.translate(key, args);
        return label.startsWith("!") ? fallback : label;
    }
}
