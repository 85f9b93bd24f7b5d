package com.keyaccount.portal.workbench;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card a module adds to the person's workbench (我的工作台), e.g. "reports to write today". Implement it as a
 * Spring bean; the workbench asks each one, in {@link #order()}, for a card for the signed-in person.
 */
public interface WorkbenchCard {

    int order();

    /** A new card component for the signed-in person, or empty when they have nothing to see here. */
    Optional<Component> createFor(long employeeId);
}
