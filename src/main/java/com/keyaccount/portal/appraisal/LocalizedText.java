package com.keyaccount.portal.appraisal;

import java.util.Locale;
import java.util.Objects;

/**
 * A name a template designer types in both languages: the Chinese wording of the 000 forms (大客户经理岗位描述范本) and
 * its English translation. Template content is data, not UI text, so it is held here rather than in the bundles.
 *
 * @param zh the Chinese wording, as printed on the paper form
 * @param en the English translation
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        requireText(zh, "zh");
        requireText(en, "en");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The wording for a reader: Chinese for any Chinese locale, English otherwise. */
    public String in(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
    }

    private static void requireText(String text, String name) {
        if (Objects.requireNonNull(text, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
