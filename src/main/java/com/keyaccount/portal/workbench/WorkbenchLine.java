package com.keyaccount.portal.workbench;

import java.util.List;
import java.util.Objects;

/**
 * One line of a {@link WorkbenchCard}, in no language: the workbench renders {@code messageKey} with {@code args}
 * in the viewer's language.
 *
 * @param messageKey message key of the text, e.g. {@code dailyreport.card.toWrite}
 * @param args       its arguments (numbers, names, dates; no translated text); a string {@code #key} is shown as
 *                   the translation of {@code key}, e.g. {@code #customer.grade.A1}
 * @param route      where a click leads, e.g. {@code reports/today}; null: plain text
 * @param attention  whether the line needs attention now (overdue, missing), shown emphasised
 */
public record WorkbenchLine(String messageKey, List<Object> args, String route, boolean attention) {

    public WorkbenchLine {
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A plain line of text. */
    public static WorkbenchLine text(String messageKey, Object... args) {
        return new WorkbenchLine(messageKey, List.of(args), null, false);
    }

    /** A line that leads to a route. */
    public static WorkbenchLine link(String messageKey, String route, Object... args) {
        return new WorkbenchLine(messageKey, List.of(args), route, false);
    }
}
