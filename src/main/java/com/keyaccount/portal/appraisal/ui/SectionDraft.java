package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A section being edited: title, optional weight ("()" on the paper forms) and items. */
final class SectionDraft {

    final String code;
    final Wording title;
    BigDecimal weight;
    final List<ItemDraft> items = new ArrayList<>();
    private final Weight shippedWeight;

    SectionDraft(String code, Wording title, Weight shippedWeight) {
        this.code = code;
        this.title = title;
        this.shippedWeight = shippedWeight;
        this.weight = shippedWeight == null ? null : shippedWeight.percent();
    }

    static SectionDraft from(SectionDefinition section) {
        SectionDraft draft = new SectionDraft(section.code(), Wording.of(section.title()), section.weight());
        section.items().forEach(item -> draft.items.add(ItemDraft.from(item)));
        return draft;
    }

    boolean weightDefault() {
        return DraftConversion.isDefault(weight, shippedWeight);
    }

    SectionDefinition toRecord(DraftConversion conversion) {
        Weight record = weight == null ? null : conversion.weight(weight, shippedWeight, code);
        return new SectionDefinition(code, conversion.text(title, code), record,
                items.stream().map(item -> item.toRecord(conversion)).toList());
    }
}
