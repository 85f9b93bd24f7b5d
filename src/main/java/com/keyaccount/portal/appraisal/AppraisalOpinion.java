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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * 相关部门意见 (000 区域经理季度述职考评表, 部门经理季度述职考评表): one department's signed comment and optional score on one
 * form, given by that department's head or the delegate the head names. Departments answer in parallel, each row with
 * its own version.
 */
@Entity
@Table(name = "appraisal_opinion")
public class AppraisalOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private AppraisalForm form;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(name = "item_index", nullable = false)
    private int itemIndex;

    @Column(name = "label_zh", nullable = false)
    private String labelZh;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "delegate_id")
    private Long delegateId;

    @Column(name = "opinion_comment")
    private String comment;

    private BigDecimal score;

    @Column(name = "signed_by_id")
    private Long signedById;

    @Column(name = "signed_by_name")
    private String signedByName;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected AppraisalOpinion() {
    }

    AppraisalOpinion(AppraisalForm form, String itemCode, int itemIndex, LocalizedText label, Long departmentId) {
        this.form = form;
        this.itemCode = itemCode;
        this.itemIndex = itemIndex;
        this.labelZh = label.zh();
        this.labelEn = label.en();
        this.departmentId = departmentId;
    }

    void give(String newComment, BigDecimal newScore, long signerId, String signerName, Instant now) {
        this.comment = newComment;
        this.score = newScore;
        this.signedById = signerId;
        this.signedByName = signerName;
        this.signedAt = now;
    }

    void delegateTo(Long employeeId) {
        this.delegateId = employeeId;
    }

    /** The opinion as the scoring and the seal read it. */
    public OpinionEntry toEntry() {
        return new OpinionEntry(itemCode, itemIndex, LocalizedText.of(labelZh, labelEn), departmentId, comment, score,
                signedByName, signedAt);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AppraisalForm getForm() {
        return form;
    }

    public String getItemCode() {
        return itemCode;
    }

    public int getItemIndex() {
        return itemIndex;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getDelegateId() {
        return delegateId;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
