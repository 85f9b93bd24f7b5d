package com.keyaccount.portal.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Every UI string comes from the bundles under {@code i18n/}: {@code messages} for the shell and the foundation,
 * and one basename per module ({@code i18n/customer}, {@code i18n/appraisal}, …), each with a {@code _zh_CN} and an
 * {@code _en} file. A module's keys start with its name, so bundles never collide; {@link #BASENAMES} lists them
 * and {@code I18nBundleTest} checks every one. Chinese comes first: Vaadin picks it for a Chinese browser, English
 * for any other browser language.
 *
 * <p>Every value is a {@link java.text.MessageFormat} pattern, with or without arguments, so a bundle writes an
 * apostrophe as {@code ''} everywhere ("Can''t"), never as a lone {@code '} that MessageFormat would swallow. A
 * collection argument is shown as its items joined by the language's {@code list.separator} ("、" or ", ").
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    /** Every bundle, in lookup order; a module adds its basename here with its two files. */
    public static final List<String> BASENAMES = List.of("i18n/messages");

    /** The key of the text between the items of a list ("、" in Chinese, ", " in English). */
    public static final String LIST_SEPARATOR = "list.separator";

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    private final MessageSource messages;

    public PortalI18NProvider() {
        this(BASENAMES);
    }

    PortalI18NProvider(List<String> basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // one quoting rule for every entry: without it, "''" stays doubled in messages that have no arguments
        source.setAlwaysUseMessageFormat(true);
        this.messages = source;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        try {
            return messages.getMessage(key, listsJoined(params, language), language);
        } catch (NoSuchMessageException e) {
            log.warn("Missing translation key {}", key);
            return "!" + key;
        }
    }

    private Object[] listsJoined(Object[] params, Locale language) {
        if (params == null || Arrays.stream(params).noneMatch(Collection.class::isInstance)) {
            return params;
        }
        String separator = messages.getMessage(LIST_SEPARATOR, null, language);
        return Arrays.stream(params).map(param -> param instanceof Collection<?> items
                ? items.stream().map(String::valueOf).collect(Collectors.joining(separator)) : param).toArray();
    }

    /** The supported locale closest to the given one: Chinese for any Chinese locale, English otherwise. */
    public static Locale supported(Locale locale) {
        if (locale == null || "zh".equals(locale.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }
}
