package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormDetail;
import com.keyaccount.portal.appraisal.FormDetail.OpinionView;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.TextSection;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The template's sections in printed order, each item with the editor of its kind (banded indicator, KPI table, text
 * section, related-department opinions; the composite is shown in the result), and what was typed in them as
 * answers for the employee's or the reviewer's save.
 */
class FormSections extends Div {

    final List<BandEditor> bands = new ArrayList<>();
    final List<KpiTable> kpis = new ArrayList<>();
    final List<TextSectionEditor> texts = new ArrayList<>();
    final List<OpinionsPanel> opinions = new ArrayList<>();

    FormSections(FormDetail detail, ZoneId zone, Consumer<OpinionView> giveOpinion,
            Consumer<OpinionView> delegateOpinion) {
        Scorecard card = detail.scorecard();
        FormMode mode = FormMode.of(detail);
        addClassName("appraisal-sections");
        boolean annual = card.template().period() == PeriodKind.YEAR;
        for (SectionDefinition section : card.template().sections()) {
            Div box = new Div();
            box.addClassNames("card", "appraisal-section");
            H3 title = new H3(section.title().in(getLocale()));
            section.optionalWeight().ifPresent(weight -> title.add(new Span(" (" + Formats.number(weight.percent(),
                    getLocale()) + " %)")));
            box.add(title);
            BigDecimal sectionScore = card.result().sectionScores().get(section.code());
            if (sectionScore != null && !mode.selfOnly()) {
                Span score = new Span(getTranslation("appraisal.ui.form.sectionScore",
                        FormTexts.score(sectionScore, getLocale())));
                score.addClassName("appraisal-section-score");
                box.add(score);
            }
            List<KpiItem> sectionKpis = section.itemsOf(KpiItem.class);
            if (!sectionKpis.isEmpty()) {
                KpiTable table = new KpiTable(sectionKpis, card.answers(), card.result().kpis(), annual, mode);
                kpis.add(table);
                box.add(table);
            }
            for (ItemDefinition item : section.items()) {
                switch (item) {
                    case BandedIndicator indicator -> {
                        BandEditor editor = new BandEditor(indicator, card.answers().band(indicator.code()), mode);
                        bands.add(editor);
                        box.add(editor);
                    }
                    case TextSection text -> {
                        TextSectionEditor editor = new TextSectionEditor(text, card.answers().text(text.code()),
                                card.result().itemScores().get(text.code()), mode);
                        texts.add(editor);
                        box.add(editor);
                    }
                    case DepartmentOpinion opinion -> {
                        if (!mode.selfOnly()) {
                            OpinionsPanel panel = new OpinionsPanel(opinion, detail.opinions(), zone, giveOpinion,
                                    delegateOpinion);
                            opinions.add(panel);
                            box.add(panel);
                        }
                    }
                    default -> {
                        // KPIs are in the table above; the composite is part of the result
                    }
                }
            }
            add(box);
        }
    }

    /** Whether the form asks for KPI figures the portal may count. */
    boolean hasKpis() {
        return !kpis.isEmpty();
    }

    /** Marks every entry that cannot be saved; true when all can. */
    boolean validate() {
        boolean valid = true;
        for (BandEditor editor : bands) {
            valid &= editor.validate();
        }
        return valid;
    }

    /** The employee's entries: own bands and scores, KPI actuals, texts and remarks. */
    FormAnswers selfAnswers() {
        FormAnswers answers = withKpis();
        for (BandEditor editor : bands) {
            answers = answers.withBand(editor.code(), editor.selfAnswer());
        }
        for (TextSectionEditor editor : texts) {
            answers = answers.withText(editor.code(), editor.selfAnswer());
        }
        return answers;
    }

    /** The reviewer's entries: bands, scores and comments, KPI targets and actuals, comments and part scores. */
    FormAnswers reviewAnswers() {
        FormAnswers answers = withKpis();
        for (BandEditor editor : bands) {
            answers = answers.withBand(editor.code(), editor.reviewAnswer());
        }
        for (TextSectionEditor editor : texts) {
            answers = answers.withText(editor.code(), editor.reviewAnswer());
        }
        return answers;
    }

    private FormAnswers withKpis() {
        FormAnswers answers = FormAnswers.empty();
        for (KpiTable table : kpis) {
            for (var row : table.answers().entrySet()) {
                answers = answers.withKpi(row.getKey(), row.getValue());
            }
        }
        return answers;
    }
}
