package com.keyaccount.portal.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One place of a chain: the rule naming its approver and, for {@link ApproverRule#OFFICE}, the office. */
@Entity
@Table(name = "approval_chain_step")
public class ApprovalChainStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chain_id")
    private ApprovalChain chain;

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "approver_rule", nullable = false)
    private ApproverRule rule;

    @Column(name = "office_title")
    private String officeTitle;

    protected ApprovalChainStep() {
    }

    ApprovalChainStep(ApprovalChain chain, int stepNo, ApproverRule rule, String officeTitle) {
        this.chain = chain;
        this.stepNo = stepNo;
        change(rule, officeTitle);
    }

    void change(ApproverRule newRule, String newOfficeTitle) {
        this.rule = newRule;
        this.officeTitle = newRule == ApproverRule.OFFICE ? newOfficeTitle : null;
    }

    public int getStepNo() {
        return stepNo;
    }

    public ApproverRule getRule() {
        return rule;
    }

    public String getOfficeTitle() {
        return officeTitle;
    }

    ChainStepDraft toDraft() {
        return new ChainStepDraft(rule, officeTitle);
    }
}
