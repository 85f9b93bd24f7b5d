package com.keyaccount.portal.approval;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** The sign-off chain of one request type: its ordered steps, edited by an administrator. */
@Entity
@Table(name = "approval_chain")
public class ApprovalChain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "type_key", nullable = false)
    private String typeKey;

    @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stepNo")
    private List<ApprovalChainStep> steps = new ArrayList<>();

    protected ApprovalChain() {
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTypeKey() {
        return typeKey;
    }

    public List<ApprovalChainStep> getSteps() {
        return List.copyOf(steps);
    }

    /**
     * Replaces the steps, keeping row i at place i: rows are updated in place and only the surplus removed, so the
     * unique (chain, place) never clashes while Hibernate flushes inserts before deletes.
     */
    void replaceSteps(List<ChainStepDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            ChainStepDraft draft = drafts.get(i);
            if (i < steps.size()) {
                steps.get(i).change(draft.rule(), draft.officeTitle());
            } else {
                steps.add(new ApprovalChainStep(this, i + 1, draft.rule(), draft.officeTitle()));
            }
        }
        while (steps.size() > drafts.size()) {
            steps.removeLast();
        }
    }
}
