package com.keyaccount.portal.notification.repository;

import com.keyaccount.portal.notification.InAppNotification;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** A person's notifications, newest first. */
public interface NotificationRepository extends JpaRepository<InAppNotification, Long> {

    @Query("select n from InAppNotification n where n.recipientId = :recipientId order by n.createdAt desc, n.id desc")
    List<InAppNotification> findRecent(long recipientId, Pageable pageable);

    @Query("select count(n) from InAppNotification n where n.recipientId = :recipientId and n.readAt is null")
    long countUnread(long recipientId);

    @Modifying
    @Query("update InAppNotification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);

    @Modifying
    @Query("delete from InAppNotification n where n.recipientId = :recipientId and n.readAt is not null and n.createdAt < :before")
    int deleteReadBefore(long recipientId, Instant before);
}
