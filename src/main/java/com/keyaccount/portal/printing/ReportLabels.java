package com.keyaccount.portal.printing;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's message bundle ({@code i18n/messages}) for one report language, as the {@code REPORT_RESOURCE_BUNDLE}
 * of a report ({@code $R{printing.appraisal.total}}) and for the labels the row builders resolve in Java. Every
 * bundle value is a {@link MessageFormat} pattern ({@code ''} for an apostrophe), so a value is always passed
 * through MessageFormat, also without arguments. Chinese for any Chinese locale, English otherwise, as in the UI.
 */
final class ReportLabels extends ResourceBundle {

    private static final String BASENAME = "i18n/messages";

    private final ResourceBundle messages;
    private final Locale locale;

    private ReportLabels(ResourceBundle messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The labels of the report language closest to {@code requested}. */
    static ReportLabels of(Locale requested) {
        Locale locale = requested != null && Locale.CHINESE.getLanguage().equals(requested.getLanguage())
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle messages = ResourceBundle.getBundle(BASENAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportLabels(messages, locale);
    }

    /** The report language: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}. */
    @Override
    public Locale getLocale() {
        return locale;
    }

    boolean chinese() {
        return locale.equals(Locale.SIMPLIFIED_CHINESE);
    }

    /** The text of a key, its arguments filled in. */
    String text(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }

    /** The label of an enum value: {@code prefix + value.name()}, or null for null. */
    String label(String prefix, Enum<?> value) {
        return value == null ? null : text(prefix + value.name());
    }

    @Override
    protected Object handleGetObject(String key) {
        return messages.containsKey(key) ? text(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(messages.keySet());
    }
}
