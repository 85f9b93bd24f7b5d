package com.keyaccount.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One in-app notification for one person, stored language-neutral: a message key with its arguments, rendered in
 * the reader's language when shown.
 */
@Entity
@Table(name = "notification")
public class InAppNotification {

    /** Separates the stored arguments (the ASCII unit separator never occurs in names or labels). */
    static final String SEPARATOR = "\u001f";
    static final int MAX_ARGS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_employee_id", nullable = false)
    private long recipientId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "message_args")
    private String messageArgs;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InAppNotification() {
    }

    InAppNotification(long recipientId, String messageKey, List<String> args, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        String joined = args.stream().map(arg -> arg.replace(SEPARATOR, " ")).reduce((a, b) -> a + SEPARATOR + b)
                .orElse(null);
        this.messageArgs = joined != null && joined.length() > MAX_ARGS_LENGTH ? joined.substring(0, MAX_ARGS_LENGTH)
                : joined;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationItem toItem() {
        List<String> args = messageArgs == null ? List.of() : Arrays.asList(messageArgs.split(SEPARATOR, -1));
        return new NotificationItem(id, messageKey, args, link, createdAt, readAt != null);
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }
}
