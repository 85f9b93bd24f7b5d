package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalProblem;
import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.ScoreRange;
import com.keyaccount.portal.appraisal.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the designer's drafts back into template records, noting what the records cannot hold (a blank name, an empty
 * number) as problems instead of failing. A default value ({@code defaultValue}) stays flagged only while it is
 * unchanged: the shipped record is kept as it was, so an untouched template converts back equal.
 */
final class DraftConversion {

    private static final LocalizedText PLACEHOLDER = LocalizedText.of("?", "?");

    private final List<AppraisalProblem> problems = new ArrayList<>();

    List<AppraisalProblem> problems() {
        return List.copyOf(problems);
    }

    /** The text; a problem when either language is blank. */
    LocalizedText text(Wording wording, String where) {
        if (!wording.isComplete()) {
            problems.add(AppraisalProblem.of("appraisal.designer.problem.blankText", where));
            return PLACEHOLDER;
        }
        return LocalizedText.of(wording.zh.trim(), wording.en.trim());
    }

    /** The text, or null when both languages are blank. */
    LocalizedText optionalText(Wording wording, String where) {
        return wording.isBlank() ? null : text(wording, where);
    }

    /** The number; a problem when empty. */
    BigDecimal number(BigDecimal value, String where) {
        if (value == null) {
            problems.add(AppraisalProblem.of("appraisal.designer.problem.missingNumber", where));
            return BigDecimal.ZERO;
        }
        return value;
    }

    /** The whole number; a problem when empty. */
    int whole(Integer value, String where) {
        if (value == null) {
            problems.add(AppraisalProblem.of("appraisal.designer.problem.missingNumber", where));
            return 0;
        }
        return value;
    }

    Weight weight(BigDecimal percent, Weight shipped, String where) {
        BigDecimal value = number(percent, where);
        return isUnchanged(percent, shipped) ? shipped : new Weight(value, false);
    }

    ScoreRange range(BigDecimal min, BigDecimal max, ScoreRange shipped, String where) {
        BigDecimal low = number(min, where);
        BigDecimal high = number(max, where);
        return isUnchanged(min, max, shipped) ? shipped : new ScoreRange(low, high, false);
    }

    /** Whether an edited weight still equals the shipped one, so its default flag stands. */
    static boolean isUnchanged(BigDecimal percent, Weight shipped) {
        return shipped != null && percent != null && percent.compareTo(shipped.percent()) == 0;
    }

    static boolean isUnchanged(BigDecimal min, BigDecimal max, ScoreRange shipped) {
        return shipped != null && min != null && max != null && min.compareTo(shipped.min()) == 0
                && max.compareTo(shipped.max()) == 0;
    }

    static boolean isDefault(BigDecimal percent, Weight shipped) {
        return isUnchanged(percent, shipped) && shipped.defaultValue();
    }

    static boolean isDefault(BigDecimal min, BigDecimal max, ScoreRange shipped) {
        return isUnchanged(min, max, shipped) && shipped.defaultValue();
    }
}
