package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.Composite;
import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.TextSection;

/** An item being edited, of one of the five kinds of a template section. */
abstract sealed class ItemDraft permits BandedDraft, KpiDraft, ScoredListDraft, CompositeDraft {

    /** The five kinds, in the order the designer offers them. */
    enum Kind {
        BANDED, KPI, TEXT, OPINION, COMPOSITE
    }

    final String code;
    final Wording name;

    ItemDraft(String code, Wording name) {
        this.code = code;
        this.name = name;
    }

    abstract Kind kind();

    /** Whether a value of the item is still the portal's default. */
    abstract boolean hasDefaults();

    abstract ItemDefinition toRecord(DraftConversion conversion);

    static ItemDraft from(ItemDefinition item) {
        return switch (item) {
            case BandedIndicator indicator -> BandedDraft.from(indicator);
            case KpiItem kpi -> KpiDraft.from(kpi);
            case TextSection text -> TextItemDraft.from(text);
            case DepartmentOpinion opinion -> OpinionDraft.from(opinion);
            case Composite composite -> CompositeDraft.from(composite);
        };
    }
}
