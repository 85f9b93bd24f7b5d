package com.keyaccount.portal.approval.repository;

import com.keyaccount.portal.approval.ApprovalChain;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The chains of the request types, with their steps. */
public interface ApprovalChainRepository extends JpaRepository<ApprovalChain, Long> {

    @Query("select distinct c from ApprovalChain c left join fetch c.steps where c.typeKey = :typeKey")
    Optional<ApprovalChain> findByTypeKey(String typeKey);

    @Query("select distinct c from ApprovalChain c left join fetch c.steps order by c.typeKey")
    List<ApprovalChain> findAllWithSteps();
}
