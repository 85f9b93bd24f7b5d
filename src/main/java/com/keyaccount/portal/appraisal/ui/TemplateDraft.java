package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalProblem;
import com.keyaccount.portal.appraisal.LevelScale;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A template while the form designer edits it: mutable, blanks allowed, converted to and from
 * {@link TemplateDefinition}. New sections and items get codes no other one of the template has.
 */
final class TemplateDraft {

    final String code;
    final int version;
    final Wording name;
    PeriodKind period;
    BigDecimal excellent;
    BigDecimal good;
    BigDecimal average;
    BigDecimal pass;
    final List<SectionDraft> sections = new ArrayList<>();
    private final LevelScale shippedLevels;

    private TemplateDraft(TemplateDefinition template) {
        code = template.code();
        version = template.version();
        name = Wording.of(template.name());
        period = template.period();
        shippedLevels = template.levels();
        excellent = shippedLevels.excellent();
        good = shippedLevels.good();
        average = shippedLevels.average();
        pass = shippedLevels.pass();
        template.sections().forEach(section -> sections.add(SectionDraft.from(section)));
    }

    static TemplateDraft from(TemplateDefinition template) {
        return new TemplateDraft(template);
    }

    /** Whether the level thresholds are still the portal's defaults. */
    boolean levelsDefault() {
        return shippedLevels.defaultValue() && levelsUnchanged();
    }

    /** The template as a record, or the problems that keep it from being one. */
    Converted convert() {
        DraftConversion conversion = new DraftConversion();
        List<SectionDefinition> records = sections.stream().map(section -> section.toRecord(conversion)).toList();
        LevelScale levels = levelsUnchanged() ? shippedLevels
                : new LevelScale(conversion.number(excellent, "levels"), conversion.number(good, "levels"),
                        conversion.number(average, "levels"), conversion.number(pass, "levels"), false);
        TemplateDefinition template = new TemplateDefinition(code, conversion.text(name, code), version, period,
                records, levels);
        List<AppraisalProblem> problems = conversion.problems();
        return new Converted(problems.isEmpty() ? template : null, problems);
    }

    /** A code for a new section or item: the prefix and the lowest number no section or item of the template has. */
    String newCode(String prefix) {
        Set<String> used = new HashSet<>();
        for (SectionDraft section : sections) {
            used.add(section.code);
            section.items.forEach(item -> used.add(item.code));
        }
        int number = 1;
        while (used.contains(prefix + number)) {
            number++;
        }
        return prefix + number;
    }

    private boolean levelsUnchanged() {
        return same(excellent, shippedLevels.excellent()) && same(good, shippedLevels.good())
                && same(average, shippedLevels.average()) && same(pass, shippedLevels.pass());
    }

    private static boolean same(BigDecimal edited, BigDecimal shipped) {
        return edited != null && edited.compareTo(shipped) == 0;
    }

    /**
     * A draft converted: the template when it could be built, else null, and the problems of the draft itself
     * (blank names, empty numbers); the validator's problems come on top once it is a template.
     */
    record Converted(TemplateDefinition template, List<AppraisalProblem> problems) {
    }
}
