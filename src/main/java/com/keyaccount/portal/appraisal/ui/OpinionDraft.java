package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.ScoreRange;
import java.util.List;

/** Related-department opinions being edited: the departments asked and an optional score range. */
final class OpinionDraft extends ScoredListDraft {

    private OpinionDraft(String code, Wording name, List<Wording> departments, ScoreRange score) {
        super(code, name, departments, score);
    }

    static OpinionDraft from(DepartmentOpinion opinion) {
        return new OpinionDraft(opinion.code(), Wording.of(opinion.name()),
                opinion.departments().stream().map(Wording::of).toList(), opinion.score());
    }

    static OpinionDraft create(String code) {
        return new OpinionDraft(code, new Wording("", ""),
                List.of(new Wording("", "")), null);
    }

    @Override
    Kind kind() {
        return Kind.OPINION;
    }

    @Override
    ItemDefinition toRecord(DraftConversion conversion) {
        return new DepartmentOpinion(code, conversion.text(name, code), entries(conversion), score(conversion));
    }
}
