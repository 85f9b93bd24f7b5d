package com.keyaccount.portal.appraisal;

/**
 * A template version a department head may choose for a new cycle: the newest version of a template not retired.
 *
 * @param id      the template version
 * @param code    the template's code, stable across versions
 * @param name    its title in both languages
 * @param version its version number
 * @param period  the period one form covers
 */
public record TemplateOption(long id, String code, LocalizedText name, int version, PeriodKind period) {
}
