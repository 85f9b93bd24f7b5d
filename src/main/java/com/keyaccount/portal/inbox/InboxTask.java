package com.keyaccount.portal.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One task waiting for the signed-in person (e.g. a credit change to approve, an appraisal to score), in no
 * language: the inbox renders {@code typeKey} and {@code titleKey} with {@code titleArgs} in the viewer's language.
 *
 * @param typeKey   message key of the kind of task, e.g. {@code customer.inbox.creditChange}
 * @param titleKey  message key of the subject line, e.g. {@code customer.inbox.creditChangeTitle}
 * @param titleArgs arguments of the subject line (names, numbers; no translated text)
 * @param from      who asked: a person's display name, or null
 * @param since     when the task arrived
 * @param due       the day it is due, or null
 * @param overdue   whether it is past due, decided by the contributor (it knows its working-day rules)
 * @param route     where the task is handled, a route such as {@code customers/123/credit}
 */
public record InboxTask(String typeKey, String titleKey, List<Object> titleArgs, String from, Instant since,
        LocalDate due, boolean overdue, String route) {

    public InboxTask {
        Objects.requireNonNull(typeKey, "typeKey");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(route, "route");
        titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
    }
}
