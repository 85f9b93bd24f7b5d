package com.keyaccount.portal.appraisal.repository;

import com.keyaccount.portal.appraisal.AppraisalOpinion;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Related departments' opinions (appraisal_opinion). */
public interface AppraisalOpinionRepository extends JpaRepository<AppraisalOpinion, Long> {

    /** Opinions still to give by some departments or by a delegate, on forms waiting for opinions. */
    @Query("""
            select o from AppraisalOpinion o join fetch o.form f join fetch f.cycle
            where o.signedAt is null and f.status = com.keyaccount.portal.appraisal.FormStatus.OPINIONS
              and (o.departmentId in :departments or o.delegateId = :employee)
            order by f.id, o.itemCode, o.itemIndex
            """)
    List<AppraisalOpinion> findPending(@Param("departments") Collection<Long> departmentIds,
            @Param("employee") long employeeId);
}
