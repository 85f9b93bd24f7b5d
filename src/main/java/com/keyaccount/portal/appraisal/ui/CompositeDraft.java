package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.Composite;
import com.keyaccount.portal.appraisal.CompositePart;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.ProfileKind;
import com.keyaccount.portal.appraisal.ProfileScores;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.appraisal.SalaryGradeRule;
import com.keyaccount.portal.appraisal.Weight;
import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A composite being edited (000 大客户经理季度综合考评表): weighted parts, the education and seniority tables and the
 * salary-grade rule. Tables and rule stay flagged as defaults while they equal the shipped ones.
 */
final class CompositeDraft extends ItemDraft {

    final List<PartDraft> parts = new ArrayList<>();
    final Map<EducationLevel, BigDecimal> education = new EnumMap<>(EducationLevel.class);
    final List<BracketDraft> seniority = new ArrayList<>();
    final Map<ResultLevel, Integer> steps = new EnumMap<>(ResultLevel.class);
    final Map<ResultLevel, Integer> repeatedSteps = new EnumMap<>(ResultLevel.class);
    Integer minGrade;
    Integer maxGrade;
    private final ProfileScores shippedTables;
    private final SalaryGradeRule shippedRule;

    private CompositeDraft(String code, Wording name, ProfileScores tables, SalaryGradeRule rule) {
        super(code, name);
        this.shippedTables = tables;
        this.shippedRule = rule;
        education.putAll(tables.education());
        tables.seniority().forEach(bracket -> seniority.add(new BracketDraft(bracket.fromYears(), bracket.points())));
        steps.putAll(rule.steps());
        repeatedSteps.putAll(rule.repeatedSteps());
        minGrade = rule.minGrade();
        maxGrade = rule.maxGrade();
    }

    static CompositeDraft from(Composite composite) {
        CompositeDraft draft = new CompositeDraft(composite.code(), Wording.of(composite.name()),
                composite.profileScores(), composite.gradeRule());
        composite.parts().forEach(part -> draft.parts.add(PartDraft.from(part)));
        return draft;
    }

    static CompositeDraft create(String code) {
        return new CompositeDraft(code, new Wording("", ""), ProfileScores.defaults(), SalaryGradeRule.defaults());
    }

    boolean tablesDefault() {
        return shippedTables.defaultValue() && shippedTables.equals(tables(new DraftConversion(), true));
    }

    boolean ruleDefault() {
        return shippedRule.defaultValue() && shippedRule.equals(rule(new DraftConversion(), true));
    }

    @Override
    Kind kind() {
        return Kind.COMPOSITE;
    }

    @Override
    boolean hasDefaults() {
        return tablesDefault() || ruleDefault() || parts.stream().anyMatch(PartDraft::isDefault);
    }

    @Override
    ItemDefinition toRecord(DraftConversion conversion) {
        List<CompositePart> records = parts.stream().map(part -> part.toRecord(conversion, code)).toList();
        ProfileScores tables = tables(conversion, shippedTables.defaultValue());
        ProfileScores keptTables = tables.equals(shippedTables) ? shippedTables
                : new ProfileScores(tables.education(), tables.seniority(), false);
        SalaryGradeRule rule = rule(conversion, shippedRule.defaultValue());
        SalaryGradeRule keptRule = rule.equals(shippedRule) ? shippedRule
                : new SalaryGradeRule(rule.steps(), rule.repeatedSteps(), rule.minGrade(), rule.maxGrade(), false);
        return new Composite(code, conversion.text(name, code), records, keptTables, keptRule);
    }

    private ProfileScores tables(DraftConversion conversion, boolean flag) {
        Map<EducationLevel, BigDecimal> points = new EnumMap<>(EducationLevel.class);
        education.forEach((level, value) -> {
            if (value != null) {
                points.put(level, value);
            }
        });
        List<ProfileScores.SeniorityBracket> brackets = seniority.stream().map(bracket ->
                new ProfileScores.SeniorityBracket(conversion.whole(bracket.fromYears, code),
                        conversion.number(bracket.points, code))).toList();
        return new ProfileScores(points, brackets, flag);
    }

    private SalaryGradeRule rule(DraftConversion conversion, boolean flag) {
        return new SalaryGradeRule(withoutEmpty(steps), withoutEmpty(repeatedSteps), conversion.whole(minGrade, code),
                conversion.whole(maxGrade, code), flag);
    }

    private static Map<ResultLevel, Integer> withoutEmpty(Map<ResultLevel, Integer> changes) {
        Map<ResultLevel, Integer> kept = new EnumMap<>(ResultLevel.class);
        changes.forEach((level, change) -> {
            if (change != null) {
                kept.put(level, change);
            }
        });
        return kept;
    }

    /** One weighted part: another section of the template, or a profile score. */
    static final class PartDraft {

        /** Null for a profile part. */
        String sectionCode;
        /** Null for a section part. */
        ProfileKind profile;
        final Wording label;
        BigDecimal weight;
        private final Weight shippedWeight;

        PartDraft(String sectionCode, ProfileKind profile, Wording label, Weight shippedWeight) {
            this.sectionCode = sectionCode;
            this.profile = profile;
            this.label = label;
            this.shippedWeight = shippedWeight;
            this.weight = shippedWeight == null ? null : shippedWeight.percent();
        }

        static PartDraft from(CompositePart part) {
            return switch (part) {
                case CompositePart.SectionPart section -> new PartDraft(section.sectionCode(), null,
                        Wording.of(section.label()), section.weight());
                case CompositePart.ProfilePart profile -> new PartDraft(null, profile.kind(), new Wording("", ""),
                        profile.weight());
            };
        }

        boolean isDefault() {
            return DraftConversion.isDefault(weight, shippedWeight);
        }

        CompositePart toRecord(DraftConversion conversion, String code) {
            Weight record = conversion.weight(weight, shippedWeight, code);
            if (profile != null) {
                return new CompositePart.ProfilePart(profile, record);
            }
            return new CompositePart.SectionPart(sectionCode == null ? "" : sectionCode,
                    conversion.text(label, code), record);
        }
    }

    /** One seniority bracket: from {@code fromYears} full years on, {@code points}. */
    static final class BracketDraft {

        Integer fromYears;
        BigDecimal points;

        BracketDraft(Integer fromYears, BigDecimal points) {
            this.fromYears = fromYears;
            this.points = points;
        }
    }
}
