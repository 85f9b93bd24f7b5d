package com.keyaccount.portal.workbench;

import java.util.List;
import java.util.Optional;

/**
 * A card a module adds to the person's workbench (我的工作台), e.g. "reports to write today". Implement it as a
 * Spring bean at the module's root and place it with {@code @Order} (lower first; unordered cards come last).
 *
 * <p>A card returns data, not components: the workbench renders its title and lines. This keeps Vaadin out of the
 * modules' service packages and keeps modules off {@code workbench.ui}. A card is shown only to people holding its
 * {@link #requiredPermission()} and only when it has lines; a card that throws is shown as "unavailable" and the rest
 * of the page still works.
 */
public interface WorkbenchCard {

    /** Message key of the card's title. */
    String titleKey();

    /** The permission a person needs to see the card (a {@code Permissions} constant); empty: everyone. */
    default Optional<String> requiredPermission() {
        return Optional.empty();
    }

    /** The card's lines for the employee; no lines, no card. */
    List<WorkbenchLine> linesFor(long employeeId);
}
