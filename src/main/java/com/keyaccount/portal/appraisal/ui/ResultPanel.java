package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.CompositePart;
import com.keyaccount.portal.appraisal.CompositeScoring.CompositeResult;
import com.keyaccount.portal.appraisal.CompositeScoring.PartScore;
import com.keyaccount.portal.appraisal.FormScoring.FormResult;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;

/**
 * The form's result (结果 / 评分等级): each section's score, the total and level, the composite's parts with their
 * weights and the suggested salary-grade change (工资等级调整, 000 大客户经理季度综合考评表), and the previous period's
 * result (上季结果). What is still missing is listed while the form is incomplete.
 */
class ResultPanel extends Div {

    final Span total = new Span();
    final Span level = new Span();

    ResultPanel(Scorecard card) {
        FormResult result = card.result();
        addClassNames("card", "appraisal-result");
        add(new H3(getTranslation("appraisal.ui.form.result.title")));
        for (SectionDefinition section : card.template().sections()) {
            BigDecimal score = result.sectionScores().get(section.code());
            if (score != null) {
                add(line(section.title().in(getLocale()), FormTexts.score(score, getLocale())));
            }
        }
        CompositeResult composite = result.composite();
        if (composite != null) {
            for (PartScore part : composite.parts()) {
                add(line(label(part.part()) + " × " + Formats.number(part.part().weight().percent(), getLocale())
                        + " %", FormTexts.score(part.score(), getLocale())));
            }
        }
        total.setText(result.total() == null ? getTranslation("appraisal.ui.form.result.incomplete")
                : FormTexts.score(result.total(), getLocale()));
        level.setText(levelText(result.level()));
        add(line(getTranslation("appraisal.ui.form.result.total"), total),
                line(getTranslation("appraisal.ui.form.result.level"), level));
        result.gradeChange().ifPresent(change -> {
            String steps = (change.change() > 0 ? "+" : "") + change.change();
            add(line(getTranslation("appraisal.ui.form.result.gradeChange"), change.suggestedGrade() == null
                    ? getTranslation("appraisal.ui.form.result.change", steps)
                    : getTranslation("appraisal.ui.form.result.changeTo", steps, change.suggestedGrade())));
        });
        if (card.rank() != null) {
            add(line(getTranslation("appraisal.ui.form.result.rank"), Integer.toString(card.rank())));
        }
        add(line(getTranslation("appraisal.ui.form.result.previous"), card.previousTotal() == null
                ? getTranslation("appraisal.ui.form.result.noPrevious")
                : FormTexts.score(card.previousTotal(), getLocale()) + " " + levelText(card.previousLevel())));
        if (!result.missing().isEmpty()) {
            Div missing = new Div();
            missing.addClassName("appraisal-missing");
            result.missing().forEach(problem -> missing.add(new Div(new Span(
                    getTranslation(problem.key(), problem.args().toArray())))));
            add(missing);
        }
    }

    private String label(CompositePart part) {
        return switch (part) {
            case CompositePart.SectionPart section -> section.label().in(getLocale());
            case CompositePart.ProfilePart profile -> getTranslation("appraisal.profileKind." + profile.kind().name());
        };
    }

    private String levelText(ResultLevel value) {
        return value == null ? "" : getTranslation("appraisal.level." + value.name());
    }

    private Div line(String label, String value) {
        return line(label, new Span(value));
    }

    private static Div line(String label, Span value) {
        Span name = new Span(label);
        name.addClassName("secondary");
        Div line = new Div(name, value);
        line.addClassName("appraisal-result-line");
        return line;
    }
}
