package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.ScoreRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An item that is a list of names with an optional score range: the points of a text section, the departments of the
 * related-department opinions.
 */
abstract sealed class ScoredListDraft extends ItemDraft permits TextItemDraft, OpinionDraft {

    /** The range a part starts with when the designer makes it scored. */
    static final ScoreRange NEW_SCORE = ScoreRange.of("0", "100");

    final List<Wording> entries = new ArrayList<>();
    boolean scored;
    BigDecimal min;
    BigDecimal max;
    private final ScoreRange shipped;

    ScoredListDraft(String code, Wording name, List<Wording> entries, ScoreRange shipped) {
        super(code, name);
        this.entries.addAll(entries);
        this.shipped = shipped;
        this.scored = shipped != null;
        ScoreRange start = shipped == null ? NEW_SCORE : shipped;
        this.min = start.min();
        this.max = start.max();
    }

    boolean scoreDefault() {
        return scored && DraftConversion.isDefault(min, max, shipped);
    }

    @Override
    boolean hasDefaults() {
        return scoreDefault();
    }

    List<LocalizedText> entries(DraftConversion conversion) {
        return entries.stream().map(entry -> conversion.text(entry, code)).toList();
    }

    ScoreRange score(DraftConversion conversion) {
        return scored ? conversion.range(min, max, shipped, code) : null;
    }
}
