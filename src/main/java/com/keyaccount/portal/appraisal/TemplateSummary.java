package com.keyaccount.portal.appraisal;

import java.time.Instant;

/**
 * One version of an appraisal template as lists show it (考核模板: the 000 forms and the designers' own).
 *
 * @param id           the version's id; a form and a cycle keep it
 * @param code         the template's code, the same in every version
 * @param version      1, 2, … within the code
 * @param name         the form's title in both languages
 * @param period       the period one form covers
 * @param standard     shipped by the portal (a form of 000) rather than created by a designer
 * @param retired      no longer offered for new cycles; forms made with it keep it
 * @param withDefaults whether any weight, range, threshold or table is still the portal's default
 * @param createdAt    when this version was saved
 * @param createdBy    who saved it ({@code system} for the shipped first versions)
 * @param versions     how many versions the code has
 * @param latest       whether this is the code's newest version (only the newest can be edited)
 */
public record TemplateSummary(long id, String code, int version, LocalizedText name, PeriodKind period,
        boolean standard, boolean retired, boolean withDefaults, Instant createdAt, String createdBy, int versions,
        boolean latest) {
}
