package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.ScoreRange;
import com.keyaccount.portal.appraisal.TextSection;
import java.util.List;

/** A text section being edited: its named points and optional score range. */
final class TextItemDraft extends ScoredListDraft {

    private TextItemDraft(String code, Wording name, List<Wording> points, ScoreRange score) {
        super(code, name, points, score);
    }

    static TextItemDraft from(TextSection text) {
        return new TextItemDraft(text.code(), Wording.of(text.name()),
                text.points().stream().map(Wording::of).toList(), text.score());
    }

    static TextItemDraft create(String code) {
        return new TextItemDraft(code, new Wording("", ""), List.of(new Wording("", "")), null);
    }

    @Override
    Kind kind() {
        return Kind.TEXT;
    }

    @Override
    ItemDefinition toRecord(DraftConversion conversion) {
        return new TextSection(code, conversion.text(name, code), entries(conversion), score(conversion));
    }
}
