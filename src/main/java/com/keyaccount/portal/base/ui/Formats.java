package com.keyaccount.portal.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates, moments, numbers and money formatted for the person's locale. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(instant);
    }

    public static String number(Number number, Locale locale) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale).format(number);
    }

    /** Money in yuan with two decimals, grouped per locale: ¥1,234.50. */
    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("CNY"));
        return format.format(amount);
    }
}
