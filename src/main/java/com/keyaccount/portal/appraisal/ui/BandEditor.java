package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.AppraisalProblem;
import com.keyaccount.portal.appraisal.Band;
import com.keyaccount.portal.appraisal.BandLevel;
import com.keyaccount.portal.appraisal.BandScoring;
import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.FormAnswers.BandAnswer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;

/**
 * One banded indicator of the 000 evaluation tables (能力素质指标评价参照标准 and its siblings): its four bands with their
 * descriptions and score ranges, the employee's own band and score (自评) and the reviewer's band, score and comment
 * (考评). Typing a score preselects the band whose range holds it ({@link BandScoring#bandOf}).
 */
class BandEditor extends Div {

    final Select<BandLevel> selfBand = new Select<>();
    final BigDecimalField selfScore = new BigDecimalField();
    final Select<BandLevel> band = new Select<>();
    final BigDecimalField score = new BigDecimalField();
    final TextArea comment = new TextArea();

    private final BandedIndicator indicator;
    private final FormMode mode;

    BandEditor(BandedIndicator indicator, BandAnswer answer, FormMode mode) {
        this.indicator = indicator;
        this.mode = mode;
        addClassNames("appraisal-item", "band-editor");
        String title = indicator.name().in(getLocale());
        if (indicator.group() != null) {
            title = indicator.group().in(getLocale()) + " · " + title;
        }
        add(new H4(title));
        if (indicator.explanation() != null && !indicator.explanation().isBlank()) {
            add(new Paragraph(indicator.explanation()));
        }
        add(bands());
        Div entries = new Div();
        entries.addClassName("appraisal-entries");
        setUp(selfBand, selfScore, "appraisal.ui.form.band.selfBand", "appraisal.ui.form.band.selfScore",
                answer.selfBand(), answer.selfScore(), mode.editSelf());
        entries.add(selfBand, selfScore);
        if (!mode.selfOnly()) {
            setUp(band, score, "appraisal.ui.form.band.band", "appraisal.ui.form.band.score", answer.band(),
                    answer.score(), mode.score());
            comment.setLabel(getTranslation("appraisal.ui.form.band.comment"));
            comment.setMaxLength(AppraisalFormService.MAX_TEXT);
            comment.setValue(answer.comment() == null ? "" : answer.comment());
            comment.setReadOnly(!mode.score());
            comment.setWidthFull();
            entries.add(band, score, comment);
        }
        add(entries);
    }

    private Div bands() {
        Div bands = new Div();
        bands.addClassName("appraisal-bands");
        for (Band each : indicator.bands()) {
            Div cell = new Div();
            cell.addClassName("appraisal-band");
            Span level = new Span(getTranslation("appraisal.band." + each.level().name()));
            level.addClassName("appraisal-band-level");
            Span range = new Span(FormTexts.range(each.range(), getLocale()));
            range.addClassName("secondary");
            cell.add(level, range);
            if (!each.description().isBlank()) {
                cell.add(new Paragraph(each.description()));
            }
            bands.add(cell);
        }
        return bands;
    }

    private void setUp(Select<BandLevel> levelField, BigDecimalField scoreField, String levelKey, String scoreKey,
            BandLevel level, BigDecimal value, boolean editable) {
        List<BandLevel> levels = indicator.bands().stream().map(Band::level).toList();
        levelField.setLabel(getTranslation(levelKey));
        levelField.setItems(levels);
        levelField.setItemLabelGenerator(l -> l == null ? "" : getTranslation("appraisal.band." + l.name()));
        levelField.setEmptySelectionAllowed(true);
        levelField.setValue(level);
        levelField.setReadOnly(!editable);
        scoreField.setLabel(getTranslation(scoreKey));
        scoreField.setValue(value);
        scoreField.setReadOnly(!editable);
        scoreField.addValueChangeListener(change -> {
            scoreField.setInvalid(false);
            if (change.getValue() != null) {
                BandScoring.bandOf(indicator, change.getValue()).ifPresent(levelField::setValue);
            }
        });
        levelField.addValueChangeListener(change -> scoreField.setInvalid(false));
    }

    String code() {
        return indicator.code();
    }

    BandAnswer selfAnswer() {
        return new BandAnswer(selfBand.getValue(), selfScore.getValue(), null, null, null);
    }

    BandAnswer reviewAnswer() {
        return new BandAnswer(null, null, band.getValue(), score.getValue(), comment.getValue().isBlank() ? null
                : comment.getValue());
    }

    /** Marks the score the person may edit when it does not fit its band; true when it may be saved. */
    boolean validate() {
        return mode.editSelf() ? check(selfBand, selfScore) : !mode.score() || check(band, score);
    }

    private boolean check(Select<BandLevel> levelField, BigDecimalField scoreField) {
        if (levelField.getValue() == null && scoreField.getValue() == null) {
            return true;
        }
        List<AppraisalProblem> problems = BandScoring.check(indicator, levelField.getValue(), scoreField.getValue());
        if (problems.isEmpty()) {
            scoreField.setInvalid(false);
            return true;
        }
        AppraisalProblem problem = problems.getFirst();
        scoreField.setErrorMessage(getTranslation(problem.key(), problem.args().toArray()));
        scoreField.setInvalid(true);
        return false;
    }
}
