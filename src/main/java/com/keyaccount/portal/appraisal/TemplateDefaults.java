package com.keyaccount.portal.appraisal;

/**
 * Whether a template still holds values the portal chose because 000 printed them empty ("()", "~分", no tables): the
 * {@code defaultValue} flags of weights, score ranges, level thresholds, profile tables and the salary-grade rule.
 */
public final class TemplateDefaults {

    private TemplateDefaults() {
    }

    /** Whether any value of the template is still a default. */
    public static boolean any(TemplateDefinition template) {
        return template.levels().defaultValue() || template.sections().stream().anyMatch(TemplateDefaults::any);
    }

    /** Whether the section's weight or anything in its items is still a default. */
    public static boolean any(SectionDefinition section) {
        return (section.weight() != null && section.weight().defaultValue())
                || section.items().stream().anyMatch(TemplateDefaults::any);
    }

    /** Whether any value of the item is still a default. */
    public static boolean any(ItemDefinition item) {
        return switch (item) {
            case BandedIndicator indicator -> indicator.bands().stream().anyMatch(band -> band.range().defaultValue());
            case KpiItem kpi -> kpi.weight().defaultValue();
            case TextSection text -> flagged(text.score());
            case DepartmentOpinion opinion -> flagged(opinion.score());
            case Composite composite -> composite.profileScores().defaultValue()
                    || composite.gradeRule().defaultValue()
                    || composite.parts().stream().anyMatch(part -> part.weight().defaultValue());
        };
    }

    private static boolean flagged(ScoreRange range) {
        return range != null && range.defaultValue();
    }
}
