package com.keyaccount.portal.workbench;

import java.util.List;

/**
 * A workbench card ready to render for the signed-in person: its title and lines, or {@code unavailable} when the
 * card failed (then without lines).
 */
public record PreparedCard(String titleKey, List<WorkbenchLine> lines, boolean unavailable) {

    public PreparedCard {
        lines = List.copyOf(lines);
    }
}
