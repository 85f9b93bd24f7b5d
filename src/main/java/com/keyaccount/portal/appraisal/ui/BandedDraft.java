package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.Band;
import com.keyaccount.portal.appraisal.BandLevel;
import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.ScoreRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A banded indicator being edited: name, group, explanation and its four bands. */
final class BandedDraft extends ItemDraft {

    /** The ranges a new indicator starts with: 90–100, 75–89, 60–74, 0–59. */
    private static final String[][] NEW_RANGES = {{"90", "100"}, {"75", "89"}, {"60", "74"}, {"0", "59"}};

    final Wording group;
    String explanation;
    final List<BandDraft> bands = new ArrayList<>();

    private BandedDraft(String code, Wording name, Wording group, String explanation) {
        super(code, name);
        this.group = group;
        this.explanation = explanation;
    }

    static BandedDraft from(BandedIndicator indicator) {
        BandedDraft draft = new BandedDraft(indicator.code(), Wording.of(indicator.name()),
                Wording.of(indicator.group()), indicator.explanation());
        indicator.bands().forEach(band -> draft.bands.add(new BandDraft(band.level(), band.description(),
                band.range())));
        return draft;
    }

    static BandedDraft create(String code) {
        BandedDraft draft = new BandedDraft(code, new Wording("", ""), new Wording("", ""), null);
        for (BandLevel level : BandLevel.values()) {
            String[] range = NEW_RANGES[level.ordinal()];
            draft.bands.add(new BandDraft(level, "", ScoreRange.of(range[0], range[1])));
        }
        return draft;
    }

    @Override
    Kind kind() {
        return Kind.BANDED;
    }

    @Override
    boolean hasDefaults() {
        return bands.stream().anyMatch(BandDraft::isDefault);
    }

    @Override
    ItemDefinition toRecord(DraftConversion conversion) {
        List<Band> records = bands.stream().map(band -> new Band(band.level,
                band.description == null ? "" : band.description,
                conversion.range(band.min, band.max, band.shipped, code))).toList();
        String text = explanation == null || explanation.isBlank() ? null : explanation;
        return new BandedIndicator(code, conversion.text(name, code), conversion.optionalText(group, code), text,
                records);
    }

    /** One band: its level, the source's description and its score range. */
    static final class BandDraft {

        final BandLevel level;
        String description;
        BigDecimal min;
        BigDecimal max;
        private final ScoreRange shipped;

        BandDraft(BandLevel level, String description, ScoreRange shipped) {
            this.level = level;
            this.description = description;
            this.shipped = shipped;
            this.min = shipped.min();
            this.max = shipped.max();
        }

        boolean isDefault() {
            return DraftConversion.isDefault(min, max, shipped);
        }
    }
}
