package com.keyaccount.portal.printing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How printed appraisals show numbers and moments, the same in both languages: scores with two decimals (85.00),
 * completion rates as percent with two decimals (1.0500 → 105.00%), targets and actuals with thousands separators
 * and at most two decimals (1,200,000 or 12.5), moments in the business time zone to the minute. Rounding HALF_UP,
 * never floating point.
 */
final class PrintFormats {

    /** What a cell shows when there is no value. */
    static final String NONE = "—";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private PrintFormats() {
    }

    static String score(BigDecimal score) {
        return score == null ? NONE : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A completion rate (1.0500) as percent: 105.00%. */
    static String rate(BigDecimal rate) {
        return rate == null ? NONE : rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A weight in percent points (40) as 40%. */
    static String percent(BigDecimal percent) {
        return percent == null ? NONE : percent.stripTrailingZeros().toPlainString() + "%";
    }

    static String amount(BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    static String moment(Instant at, ZoneId zone) {
        return at == null ? NONE : MOMENT.format(at.atZone(zone));
    }

    static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
