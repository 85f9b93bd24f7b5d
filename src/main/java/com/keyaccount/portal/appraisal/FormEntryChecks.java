package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a form refuses on entry, before anything is saved, each with a localized message: an item the template does
 * not have, a band score outside its band ({@link BandScoring}), a text score outside its range, a negative target,
 * a negative actual of a cost to keep low, an over-long text, an opinion without comment or with a score out of range.
 */
final class FormEntryChecks {

    private static final int SCORE_SCALE = 2;

    private FormEntryChecks() {
    }

    /** The employee's entries: own bands and scores, KPI actuals, texts and remarks. */
    static void checkSelf(TemplateDefinition template, FormAnswers input) {
        input.bands().forEach((code, answer) -> {
            BandedIndicator indicator = item(template, code, BandedIndicator.class);
            if (answer.selfBand() != null || answer.selfScore() != null) {
                BandScoring.requireValid(indicator, answer.selfBand(), answer.selfScore());
            }
        });
        input.kpis().forEach((code, answer) -> checkKpi(item(template, code, KpiItem.class), answer));
        input.texts().forEach((code, answer) -> {
            item(template, code, TextSection.class);
            answer.points().forEach(point -> {
                checkLength(point.text());
                checkLength(point.remarks());
            });
        });
    }

    /** The reviewer's entries: bands, scores and comments, KPI targets and actuals, text comments and scores. */
    static void checkReview(TemplateDefinition template, FormAnswers input) {
        input.bands().forEach((code, answer) -> {
            BandedIndicator indicator = item(template, code, BandedIndicator.class);
            if (answer.band() != null || answer.score() != null) {
                BandScoring.requireValid(indicator, answer.band(), answer.score());
            }
            checkLength(answer.comment());
        });
        input.kpis().forEach((code, answer) -> checkKpi(item(template, code, KpiItem.class), answer));
        input.texts().forEach((code, answer) -> {
            TextSection text = item(template, code, TextSection.class);
            answer.points().forEach(point -> checkLength(point.comment()));
            if (answer.score() != null) {
                if (text.score() == null) {
                    throw AppraisalProblem.of("appraisal.entry.notScored", text.name().zh()).toException();
                }
                checkScore(text.name(), text.score(), answer.score());
            }
        });
    }

    /** A related department's opinion: a comment, and a score in range when the template asks one. */
    static void checkOpinion(TemplateDefinition template, String itemCode, String comment, BigDecimal score) {
        DepartmentOpinion opinion = item(template, itemCode, DepartmentOpinion.class);
        if (comment == null || comment.isBlank()) {
            throw BusinessException.onField("comment", "appraisal.opinion.commentRequired");
        }
        checkLength(comment);
        if (opinion.score() == null) {
            if (score != null) {
                throw AppraisalProblem.of("appraisal.entry.notScored", opinion.name().zh()).toException();
            }
            return;
        }
        if (score == null) {
            throw BusinessException.onField("score", "appraisal.opinion.scoreRequired");
        }
        checkScore(opinion.name(), opinion.score(), score);
    }

    private static void checkKpi(KpiItem kpi, FormAnswers.KpiAnswer answer) {
        if (answer.target() != null && answer.target().signum() < 0) {
            throw AppraisalProblem.of("appraisal.kpi.negativeTarget", kpi.name().zh(), answer.target()).toException();
        }
        if (kpi.lowerIsBetter()) {
            for (BigDecimal actual : List.of(Optional.ofNullable(answer.actual()).orElse(BigDecimal.ZERO),
                    Optional.ofNullable(answer.halfYearActual()).orElse(BigDecimal.ZERO))) {
                if (actual.signum() < 0) {
                    throw AppraisalProblem.of("appraisal.kpi.negativeActual", kpi.name().zh(), actual).toException();
                }
            }
        }
    }

    private static void checkScore(LocalizedText name, ScoreRange range, BigDecimal score) {
        if (score.stripTrailingZeros().scale() > SCORE_SCALE) {
            throw AppraisalProblem.of("appraisal.score.precision", name.zh(), score, SCORE_SCALE).toException();
        }
        if (!range.contains(score)) {
            throw AppraisalProblem.of("appraisal.score.outOfRange", name.zh(), range.min(), range.max())
                    .toException();
        }
    }

    private static void checkLength(String text) {
        if (text != null && text.length() > AppraisalFormService.MAX_TEXT) {
            throw new BusinessException("appraisal.text.tooLong", AppraisalFormService.MAX_TEXT);
        }
    }

    private static <T extends ItemDefinition> T item(TemplateDefinition template, String code, Class<T> kind) {
        return template.items().filter(kind::isInstance).map(kind::cast)
                .filter(item -> item.code().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessException("appraisal.entry.unknownItem", code));
    }
}
