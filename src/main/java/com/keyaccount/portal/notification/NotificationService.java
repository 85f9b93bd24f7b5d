package com.keyaccount.portal.notification;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.notification.repository.NotificationRepository;
import com.keyaccount.portal.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's one in-app notification path (the bell in the header). Any module notifies a person in the acting
 * user's transaction, so a notification stands or falls with the change it reports; each person reads and marks only
 * their own. Retention without a job: when a person marks all read, their read notifications older than
 * {@link #RETENTION} are deleted (done there, by the reader, and not when notifying: a range delete on every notify
 * would make parallel notifications of one person lock each other).
 */
@Service
public class NotificationService {

    /** How long a read notification is kept. */
    public static final Duration RETENTION = Duration.ofDays(90);
    /** How many notifications the bell lists. */
    public static final int LIST_SIZE = 30;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Notifies a person: {@code messageKey} with {@code args} rendered in their language when they read it; an argument
     * written {@code #key} is translated too. {@code link} is a route such as {@code approvals/12}, or null.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void notify(long employeeId, String messageKey, List<?> args, String link) {
        Objects.requireNonNull(messageKey, "messageKey");
        List<String> text = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a.toString()).toList();
        notifications.save(new InAppNotification(employeeId, messageKey, text, link, clock.instant()));
    }

    /** The signed-in person's latest notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationItem> myRecent() {
        return notifications.findRecent(me(), PageRequest.of(0, LIST_SIZE)).stream()
                .map(InAppNotification::toItem).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return notifications.countUnread(me());
    }

    /** Marks one of the signed-in person's notifications read; someone else's is refused as unknown. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long notificationId) {
        InAppNotification notification = notifications.findById(notificationId)
                .filter(n -> n.getRecipientId() == me())
                .orElseThrow(() -> new BusinessException("notification.notFound"));
        notification.markRead(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        int marked = notifications.markAllRead(me(), clock.instant());
        notifications.deleteReadBefore(me(), clock.instant().minus(RETENTION));
        return marked;
    }

    private long me() {
        return currentUser.require().employeeId();
    }
}
