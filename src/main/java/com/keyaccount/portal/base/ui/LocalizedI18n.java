package com.keyaccount.portal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.Locale;

/**
 * The i18n objects of Vaadin components, filled from the bundles and the JDK's locale data, so their built-in
 * English (month names, "Today", "Cancel", error texts) follows the person's language.
 */
public final class LocalizedI18n {

    private LocalizedI18n() {
    }

    /**
     * A date picker's texts for the locale: month and weekday names, the locale's first day of the week, today and
     * cancel, and the input format: ISO {@code yyyy-MM-dd} in Chinese, {@code M/d/yyyy} in English, both also
     * reading ISO dates. Use as {@code picker.setI18n(LocalizedI18n.datePicker(getLocale()))}.
     */
    public static DatePicker.DatePickerI18n datePicker(Locale locale) {
        Locale supported = PortalI18NProvider.supported(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(supported);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        // the picker counts Sunday as 0, java.time as 7
        i18n.setFirstDayOfWeek(WeekFields.of(supported).getFirstDayOfWeek().getValue() % 7);
        if (PortalI18NProvider.CHINESE.equals(supported)) {
            i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd");
        } else {
            i18n.setDateFormats("M/d/yyyy", "yyyy-MM-dd");
        }
        i18n.setToday(I18NProvider.translate(supported, "common.today"));
        i18n.setCancel(I18NProvider.translate(supported, "common.cancel"));
        i18n.setBadInputErrorMessage(I18NProvider.translate(supported, "datePicker.badInput"));
        i18n.setRequiredErrorMessage(I18NProvider.translate(supported, "validation.required"));
        i18n.setMinErrorMessage(I18NProvider.translate(supported, "datePicker.tooEarly"));
        i18n.setMaxErrorMessage(I18NProvider.translate(supported, "datePicker.tooLate"));
        return i18n;
    }
}
