package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.FollowUp;
import com.keyaccount.portal.customer.FollowUpKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long>, OverdueFollowUps {

    List<FollowUp> findByCustomerIdOrderByOccurredOnDescIdDesc(long customerId, Pageable pageable);

    /** One page of an archive's log, newest first (ix_customer_follow_up_customer). */
    @Query("""
            select f from FollowUp f left join fetch f.contact where f.customer.id = :customerId
            order by f.occurredOn desc, f.id desc
            """)
    List<FollowUp> findPage(@Param("customerId") long customerId, Pageable pageable);

    long countByCustomerId(long customerId);

    /** The person's late records that happened in [from, to) (ix_customer_follow_up_staff). */
    @Query("""
            select f from FollowUp f join fetch f.customer
            where f.staffEmployeeId = :staff and f.occurredOn >= :from and f.occurredOn < :to and f.late = true
            order by f.occurredOn desc, f.id desc
            """)
    List<FollowUp> findLate(@Param("staff") long staffEmployeeId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** Keeps the follow-ups of a contact being deleted, without their contact. */
    @Modifying(flushAutomatically = true)
    @Query("update FollowUp f set f.contact = null where f.contact.id = :contactId")
    int detachContact(@Param("contactId") long contactId);

    /**
     * Sets the archive's last follow-up to its newest record. A bulk update on purpose: it leaves the archive's version
     * alone, so recording a visit does not invalidate an archive form someone has open.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Customer c set c.lastFollowUpOn =
              (select max(f.occurredOn) from FollowUp f where f.customer.id = :customerId)
            where c.id = :customerId
            """)
    int refreshLastFollowUp(@Param("customerId") long customerId);

    /** How many follow-ups the person recorded that happened in [from, to) (ix_customer_follow_up_staff). */
    @Query("""
            select count(f) from FollowUp f
            where f.staffEmployeeId = :staff and f.occurredOn >= :from and f.occurredOn < :to
            """)
    long countByStaffInPeriod(@Param("staff") long staffEmployeeId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** How many follow-ups of some kinds the person recorded that happened in [from, to). */
    @Query("""
            select count(f) from FollowUp f
            where f.staffEmployeeId = :staff and f.occurredOn >= :from and f.occurredOn < :to and f.kind in :kinds
            """)
    long countByStaffAndKindInPeriod(@Param("staff") long staffEmployeeId, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("kinds") Collection<FollowUpKind> kinds);
}
