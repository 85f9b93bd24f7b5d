package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * What the 客户一览表 (000 名册制度 第三条) is filtered by. Empty sets and nulls mean "any"; no status chosen means the
 * default directory ({@link CustomerStatus#inDefaultDirectory()}: ended and deregistered archives leave it, 名册制度
 * 第八条). The text searches names, short names, codes, credit codes, pinyin and contacts (see
 * {@link CustomerDirectoryService}). Stored as JSON for saved filters, so it holds ids and enum names only.
 *
 * @param departmentId the department and every department below it
 * @param mineOnly     archives the signed-in person owns or co-owns
 */
public record CustomerFilter(String text, Set<Grade> grades, Rating rating, Set<Long> regionIds,
        Set<CustomerStatus> statuses, CustomerNature nature, BusinessType businessType, Long ownerId,
        Long departmentId, boolean mineOnly) implements Serializable {

    public CustomerFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        grades = grades == null ? Set.of() : Set.copyOf(grades);
        regionIds = regionIds == null ? Set.of() : Set.copyOf(regionIds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** The default directory: every archive still in trade or on its way there. */
    public static CustomerFilter defaults() {
        return new CustomerFilter(null, Set.of(), null, Set.of(), Set.of(), null, null, null, null, false);
    }

    /** The statuses the filter shows: the chosen ones, or those of the default directory. */
    public Set<CustomerStatus> effectiveStatuses() {
        if (!statuses.isEmpty()) {
            return statuses;
        }
        Set<CustomerStatus> defaults = EnumSet.noneOf(CustomerStatus.class);
        for (CustomerStatus status : CustomerStatus.values()) {
            if (status.inDefaultDirectory()) {
                defaults.add(status);
            }
        }
        return defaults;
    }

    /** The filter in a few language-neutral words for the audit log, e.g. {@code text=华为; grades=A1,B1}. */
    public String summary() {
        StringJoiner parts = new StringJoiner("; ");
        add(parts, "text", text);
        add(parts, "grades", grades.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        add(parts, "rating", rating);
        add(parts, "regions", regionIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        add(parts, "statuses", statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        add(parts, "nature", nature);
        add(parts, "businessType", businessType);
        add(parts, "owner", ownerId);
        add(parts, "department", departmentId);
        add(parts, "mineOnly", mineOnly ? "true" : null);
        return parts.length() == 0 ? "-" : parts.toString();
    }

    private static void add(StringJoiner parts, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            parts.add(name + "=" + value);
        }
    }

    public CustomerFilter withText(String newText) {
        return new CustomerFilter(newText, grades, rating, regionIds, statuses, nature, businessType, ownerId,
                departmentId, mineOnly);
    }
}
