package com.keyaccount.portal.appraisal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Objects;

/**
 * One weighted part of a {@link Composite} (000 大客户经理季度综合考评表): the score of another section of the same template
 * (绩效得分, 评估得分) or a profile score (学历分, 工龄分).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CompositePart.SectionPart.class, name = "section"),
    @JsonSubTypes.Type(value = CompositePart.ProfilePart.class, name = "profile")
})
public sealed interface CompositePart permits CompositePart.SectionPart, CompositePart.ProfilePart {

    /** The part's weight in the composite, in percent points. */
    Weight weight();

    /**
     * The score of another section of the template.
     *
     * @param sectionCode the referenced section's code (checked by {@link TemplateValidator})
     * @param label       the column title on the form, e.g. 绩效得分
     * @param weight      the part's weight
     */
    record SectionPart(String sectionCode, LocalizedText label, Weight weight) implements CompositePart {

        public SectionPart {
            Objects.requireNonNull(sectionCode, "sectionCode");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(weight, "weight");
        }
    }

    /**
     * A score from the employee's profile, looked up in the composite's {@link ProfileScores}.
     *
     * @param kind   学历分 or 工龄分
     * @param weight the part's weight
     */
    record ProfilePart(ProfileKind kind, Weight weight) implements CompositePart {

        public ProfilePart {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(weight, "weight");
        }
    }
}
