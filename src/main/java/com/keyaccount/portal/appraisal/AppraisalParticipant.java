package com.keyaccount.portal.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person taking part in a cycle, with their reviewer (their manager unless changed before the cycle opens). */
@Entity
@Table(name = "appraisal_participant")
public class AppraisalParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    private AppraisalCycle cycle;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    protected AppraisalParticipant() {
    }

    AppraisalParticipant(AppraisalCycle cycle, long employeeId, long reviewerId) {
        this.cycle = cycle;
        this.employeeId = employeeId;
        this.reviewerId = reviewerId;
    }

    void changeReviewer(long newReviewerId) {
        this.reviewerId = newReviewerId;
    }

    public Long getId() {
        return id;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public long getReviewerId() {
        return reviewerId;
    }
}
