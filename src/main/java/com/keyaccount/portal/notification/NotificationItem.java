package com.keyaccount.portal.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A notification as the bell lists it. An argument written {@code #key} is itself translated when shown (e.g. the
 * name of a request type), the others are shown as they are.
 */
public record NotificationItem(long id, String messageKey, List<String> args, String link, Instant createdAt,
        boolean read) implements Serializable {

    public NotificationItem {
        args = List.copyOf(args);
    }
}
