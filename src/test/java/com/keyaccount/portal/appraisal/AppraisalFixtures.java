package com.keyaccount.portal.appraisal;

import java.util.List;

/** Small hand-made template parts for the appraisal unit tests. */
final class AppraisalFixtures {

    private AppraisalFixtures() {
    }

    static LocalizedText text(String zh) {
        return LocalizedText.of(zh, zh + " (en)");
    }

    static KpiItem linearKpi(String code, String weight, boolean lowerIsBetter) {
        return new KpiItem(code, text(code), Weight.of(weight), text("元"), null, lowerIsBetter, KpiItem.DEFAULT_CAP,
                new KpiFormula.Linear(), null);
    }

    static KpiItem steppedKpi(String code, String weight) {
        return new KpiItem(code, text(code), Weight.of(weight), text("%"), null, false, KpiItem.DEFAULT_CAP,
                new KpiFormula.BandedByRate(List.of(KpiFormula.RateStep.of("0.6", "0.5"),
                        KpiFormula.RateStep.of("0.9", "0.8"), KpiFormula.RateStep.of("1.0", "1.0"),
                        KpiFormula.RateStep.of("1.1", "1.1"))), null);
    }

    /** Bands 90–100, 75–89, 60–74, 0–59. */
    static BandedIndicator indicator(String code) {
        return new BandedIndicator(code, text(code), text("组"), null, List.of(
                new Band(BandLevel.EXCEEDS, "超出", ScoreRange.of("90", "100")),
                new Band(BandLevel.MEETS, "达到", ScoreRange.of("75", "89")),
                new Band(BandLevel.APPROACHES, "接近", ScoreRange.of("60", "74")),
                new Band(BandLevel.FAR_BELOW, "远低于", ScoreRange.of("0", "59"))));
    }

    static BandedIndicator indicator(String code, List<Band> bands) {
        return new BandedIndicator(code, text(code), null, null, bands);
    }

    static SectionDefinition section(String code, String weight, ItemDefinition... items) {
        return new SectionDefinition(code, text(code), weight == null ? null : Weight.of(weight), List.of(items));
    }

    static TemplateDefinition template(SectionDefinition... sections) {
        return new TemplateDefinition("T", text("模板"), 1, PeriodKind.QUARTER, List.of(sections),
                LevelScale.defaults());
    }

    static Composite composite(String code, List<CompositePart> parts) {
        return new Composite(code, text("综合得分"), parts, ProfileScores.defaults(), SalaryGradeRule.defaults());
    }

    static CompositePart.SectionPart sectionPart(String sectionCode, String weight) {
        return new CompositePart.SectionPart(sectionCode, text(sectionCode), Weight.of(weight));
    }

    static CompositePart.ProfilePart profilePart(ProfileKind kind, String weight) {
        return new CompositePart.ProfilePart(kind, Weight.of(weight));
    }
}
