package com.keyaccount.portal.audit.repository;

import com.keyaccount.portal.audit.AuditEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Append-only on purpose: it extends the bare {@link Repository}, so no update or delete method exists, and it
 * declares no {@code @Modifying} query ({@code AuditAppendOnlyTest}). Every filter is an equality or a prefix, so
 * the indexes on (actor, time), (action, time) and (entity type, entity id, time) serve it.
 */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    long count();

    String SEARCH_WHERE = """
            where (:actor is null or e.actor like :actor escape '!')
              and (:action is null or e.action = :action)
              and (:entityType is null or e.entityType = :entityType)
              and (:entityId is null or e.entityId = :entityId)
              and (:fromTime is null or e.occurredAt >= :fromTime)
              and (:toTime is null or e.occurredAt < :toTime)
            """;

    @Query("select e from AuditEvent e " + SEARCH_WHERE)
    List<AuditEvent> search(@Param("actor") String actorPattern, @Param("action") String action,
            @Param("entityType") String entityType, @Param("entityId") String entityId,
            @Param("fromTime") Instant from, @Param("toTime") Instant to, Pageable pageable);

    @Query("select count(e) from AuditEvent e " + SEARCH_WHERE)
    long countSearch(@Param("actor") String actorPattern, @Param("action") String action,
            @Param("entityType") String entityType, @Param("entityId") String entityId,
            @Param("fromTime") Instant from, @Param("toTime") Instant to);

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> findDistinctActions();

    @Query("select distinct e.entityType from AuditEvent e where e.entityType is not null order by e.entityType")
    List<String> findDistinctEntityTypes();
}
