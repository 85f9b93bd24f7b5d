package com.keyaccount.portal.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
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
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    /** Every bundle, in lookup order; a module adds its basename here with its two files. */
    public static final List<String> BASENAMES = List.of("i18n/messages");

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    private final MessageSource messages;

    public PortalI18NProvider() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BASENAMES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = source;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            log.warn("Missing translation key {}", key);
            return "!" + key;
        }
    }

    /** The supported locale closest to the given one: Chinese for any Chinese locale, English otherwise. */
    public static Locale supported(Locale locale) {
        if (locale == null || "zh".equals(locale.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }
}
