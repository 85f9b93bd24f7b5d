package com.keyaccount.portal.approval.repository;

import com.keyaccount.portal.approval.ApprovalRequest;
import com.keyaccount.portal.approval.ApprovalStatus;
import com.keyaccount.portal.approval.ApprovalStep;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Requests and their steps: a requester's list, an approver's pending steps. */
public interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

    @Query("""
            select r from ApprovalRequest r
            where r.requesterId = :requesterId and (:status is null or r.status = :status)""")
    List<ApprovalRequest> findByRequester(long requesterId, ApprovalStatus status, Pageable pageable);

    @Query("""
            select count(r) from ApprovalRequest r
            where r.requesterId = :requesterId and (:status is null or r.status = :status)""")
    long countByRequester(long requesterId, ApprovalStatus status);

    boolean existsByTypeKeyAndObjectIdAndStatusIn(String typeKey, long objectId, Collection<ApprovalStatus> statuses);

    @Query("""
            select s from ApprovalStep s join fetch s.request r
            where s.approverId = :approverId and s.state = com.keyaccount.portal.approval.StepState.PENDING
              and r.status = com.keyaccount.portal.approval.ApprovalStatus.IN_PROGRESS
            order by s.activatedAt""")
    List<ApprovalStep> findPendingSteps(long approverId);

    @Query("""
            select count(s) from ApprovalStep s join s.request r
            where s.approverId = :approverId and s.state = com.keyaccount.portal.approval.StepState.PENDING
              and r.status = com.keyaccount.portal.approval.ApprovalStatus.IN_PROGRESS""")
    long countPendingSteps(long approverId);
}
