package com.keyaccount.portal.printing.ui;

import com.keyaccount.portal.base.ui.PortalI18NProvider;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** The language a print-out is rendered in: 中文 or English, the UI's language unless chosen otherwise. */
class PrintLanguageSelect extends Select<Locale> {

    PrintLanguageSelect(Locale uiLocale) {
        setLabel(getTranslation("printing.ui.language"));
        setItems(PortalI18NProvider.LOCALES);
        setItemLabelGenerator(locale -> getTranslation("printing.ui.language." + locale.getLanguage()));
        setValue(PortalI18NProvider.supported(uiLocale));
    }
}
