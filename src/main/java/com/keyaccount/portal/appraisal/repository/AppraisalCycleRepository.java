package com.keyaccount.portal.appraisal.repository;

import com.keyaccount.portal.appraisal.AppraisalCycle;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Appraisal cycles (appraisal_cycle). */
public interface AppraisalCycleRepository extends JpaRepository<AppraisalCycle, Long> {

    /** Cycles of some departments, newest period first (ix_appraisal_cycle_department). */
    @Query("select c from AppraisalCycle c join fetch c.template where c.departmentId in :departments "
            + "order by c.periodStart desc, c.id desc")
    List<AppraisalCycle> findByDepartments(@Param("departments") Collection<Long> departmentIds);

    @Query("select c from AppraisalCycle c join fetch c.template order by c.periodStart desc, c.id desc")
    List<AppraisalCycle> findAllNewestFirst();

    /** The latest earlier cycle of the same department and template, whose results are 上季结果. */
    @Query("""
            select c from AppraisalCycle c where c.departmentId = :department and c.template.code = :code
              and c.periodStart < :start and c.status <> com.keyaccount.portal.appraisal.CycleStatus.DRAFT
            order by c.periodStart desc, c.id desc limit 1
            """)
    Optional<AppraisalCycle> findPrevious(@Param("department") long departmentId, @Param("code") String templateCode,
            @Param("start") LocalDate start);

    /** How many participants each cycle has: cycle id and count, one query for a whole cycle list. */
    @Query("select p.cycle.id, count(p) from AppraisalParticipant p where p.cycle.id in :cycles group by p.cycle.id")
    List<Object[]> countParticipants(@Param("cycles") Collection<Long> cycleIds);
}
