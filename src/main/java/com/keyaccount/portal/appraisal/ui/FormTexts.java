package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.FormStatus;
import com.keyaccount.portal.appraisal.ScoreRange;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers, ranges and badges as the appraisal views show them, in the person's locale. */
final class FormTexts {

    private FormTexts() {
    }

    /** A score with its two decimals, or empty. */
    static String score(BigDecimal score, Locale locale) {
        if (score == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(score);
    }

    /** A completion rate (1.0500) as a percentage (105.00 %), or empty. */
    static String percent(BigDecimal rate, Locale locale) {
        if (rate == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(rate.setScale(4, RoundingMode.HALF_UP));
    }

    /** An inclusive range, e.g. 80 – 100. */
    static String range(ScoreRange range, Locale locale) {
        return Formats.number(range.min(), locale) + " – " + Formats.number(range.max(), locale);
    }

    /** The period from first to last day. */
    static String period(LocalDate start, LocalDate end, Locale locale) {
        return Formats.date(start, locale) + " – " + Formats.date(end, locale);
    }

    /** The status as a badge: success once final, contrast otherwise. */
    static Span statusBadge(FormStatus status, String label) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add(status == FormStatus.FINAL ? "badge success" : "badge");
        badge.addClassName("appraisal-status");
        return badge;
    }

    /** A red badge, e.g. 已逾期. */
    static Span errorBadge(String label) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }
}
