package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.CycleStatus;
import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;

/** The texts and badges the cycle list, the cycle editor and the calibration view share. */
final class CycleLabels {

    private CycleLabels() {
    }

    /** "季度 · 2026年10月1日 – 2026年12月31日". */
    static String period(Component in, Locale locale, PeriodKind kind, LocalDate start, LocalDate end) {
        return in.getTranslation("appraisal.ui.cycle.periodText", in.getTranslation("appraisal.period." + kind.name()),
                Formats.date(start, locale), Formats.date(end, locale));
    }

    /** A template version's title with its version number. */
    static String template(Component in, Locale locale, LocalizedText name, int version) {
        return in.getTranslation("appraisal.ui.cycle.templateVersion", name.in(locale), version);
    }

    static Span statusBadge(Component in, CycleStatus status) {
        Span badge = new Span(in.getTranslation("appraisal.cycleStatus." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case DRAFT -> "badge contrast";
            case OPEN -> "badge";
            case CLOSED -> "badge success";
        });
        return badge;
    }

    static Span levelBadge(Component in, ResultLevel level) {
        if (level == null) {
            return new Span();
        }
        Span badge = new Span(in.getTranslation("appraisal.level." + level.name()));
        badge.getElement().getThemeList().add(switch (level) {
            case EXCELLENT -> "badge success";
            case GOOD -> "badge";
            case AVERAGE, PASS -> "badge contrast";
            case FAIL -> "badge error";
        });
        return badge;
    }
}
