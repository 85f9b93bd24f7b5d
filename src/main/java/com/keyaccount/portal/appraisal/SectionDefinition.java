package com.keyaccount.portal.appraisal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of a template: a titled block of the paper form with the "()" weight the 000 forms print after it
 * (工作总结(), 销售目标指标(), 业务管理() …) and its items.
 *
 * @param code   stable code, unique in the template; a {@link Composite} refers to sections by it
 * @param title  the section title in both languages
 * @param weight the section's weight in the template's total, or null for a section that does not add to a weighted
 *               total (a table that is the whole form, the parts a composite weighs itself)
 * @param items  the section's items, in printed order
 */
public record SectionDefinition(String code, LocalizedText title, Weight weight, List<ItemDefinition> items) {

    public SectionDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }

    /** The section's weight, if it has one. */
    public Optional<Weight> optionalWeight() {
        return Optional.ofNullable(weight);
    }

    /** The section's items of one kind. */
    public <T extends ItemDefinition> List<T> itemsOf(Class<T> kind) {
        return items.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
