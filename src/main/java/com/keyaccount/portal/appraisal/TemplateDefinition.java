package com.keyaccount.portal.appraisal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An appraisal template: one of the 000 forms (大客户经理岗位描述范本: 能力素质指标评价参照标准 … 大客户经理季度综合考评表) as data. A
 * form keeps the version of the template it was created with; editing a template makes a new version.
 * {@link TemplateValidator} says what is wrong with one; {@link StandardTemplates} holds the forms of 000.
 *
 * @param code     stable code of the template across versions
 * @param name     the form's title in both languages
 * @param version  1 for the first version, counting up
 * @param period   the period one form covers
 * @param sections the sections, in printed order
 * @param levels   the thresholds from total score to 结果 / 评分等级
 */
public record TemplateDefinition(String code, LocalizedText name, int version, PeriodKind period,
        List<SectionDefinition> sections, LevelScale levels) {

    public TemplateDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        sections = List.copyOf(sections);
        Objects.requireNonNull(levels, "levels");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** The section with that code. */
    public Optional<SectionDefinition> section(String sectionCode) {
        return sections.stream().filter(section -> section.code().equals(sectionCode)).findFirst();
    }

    /** Every item of every section, in printed order. */
    public Stream<ItemDefinition> items() {
        return sections.stream().flatMap(section -> section.items().stream());
    }

    /** The same template as its next version. */
    public TemplateDefinition nextVersion(List<SectionDefinition> newSections, LevelScale newLevels) {
        return new TemplateDefinition(code, name, version + 1, period, newSections, newLevels);
    }
}
