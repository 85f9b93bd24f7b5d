package com.keyaccount.portal.customer;

import java.util.List;
import java.util.Map;

/**
 * The columns of the import template's sheets, by header key, and where each lands. One place for the template, the
 * reader and the report's column names. A sheet for monthly sales (002 六, MonthlySaleService) adds its own list
 * here and its own reader beside {@link CustomerImportService}'s customer and contact steps.
 */
final class CustomerImportColumns {

    static final String CUSTOMERS = "customer.import.sheet.customers";
    static final String CONTACTS = "customer.import.sheet.contacts";
    static final String CHOICES = "customer.import.sheet.choices";

    static final List<String> CUSTOMER = List.of("customer.field.name", "customer.field.shortName",
            "customer.field.creditCode", "customer.field.variant", "customer.field.nature",
            "customer.field.specialKind", "customer.field.businessType", "customer.field.market",
            "customer.import.column.regionCode", "customer.field.industry", "customer.field.legalRepresentative",
            "customer.field.address", "customer.field.postcode", "customer.field.phone", "customer.field.email",
            "customer.field.confidentiality", "customer.import.column.ownerNo");

    static final List<String> CONTACT = List.of("customer.import.column.customer", "customer.import.column.contactName",
            "customer.import.column.contactTitle", "customer.import.column.contactDepartment",
            "customer.import.column.contactPhone", "customer.import.column.contactMobile",
            "customer.import.column.contactEmail", "customer.import.column.primary");

    /** The column of a field a validation message names (BusinessException.field()). */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("ownerId", "customer.import.column.ownerNo"),
            Map.entry("regionId", "customer.import.column.regionCode"),
            Map.entry("contactName", "customer.import.column.contactName"),
            Map.entry("contactTitle", "customer.import.column.contactTitle"),
            Map.entry("contactDepartment", "customer.import.column.contactDepartment"),
            Map.entry("contactPhone", "customer.import.column.contactPhone"),
            Map.entry("contactMobile", "customer.import.column.contactMobile"),
            Map.entry("contactEmail", "customer.import.column.contactEmail"));

    /** The enum-valued customer columns and their values (the template's list of choices). */
    static final Map<String, Class<? extends Enum<?>>> CHOICE_COLUMNS = Map.of(
            "customer.field.variant", CustomerVariant.class, "customer.field.nature", CustomerNature.class,
            "customer.field.specialKind", SpecialKind.class, "customer.field.businessType", BusinessType.class,
            "customer.field.market", Market.class, "customer.field.confidentiality", Confidentiality.class);

    /** The message-key prefix of an enum's values ({@code customer.nature.}). */
    static String valuePrefix(Class<? extends Enum<?>> type) {
        String simple = type.getSimpleName().replace("Customer", "");
        return "customer." + Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + ".";
    }

    static String columnOf(String field) {
        return field == null ? null : FIELDS.getOrDefault(field, "customer.field." + field);
    }

    private CustomerImportColumns() {
    }
}
