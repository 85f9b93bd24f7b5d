package com.keyaccount.portal.appraisal;

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
import java.time.Instant;

/**
 * A signature on a form (签字 by the reviewer, 审批 by the department head): who, when, the canonical content at that
 * moment and its SHA-256 ({@link FormSeal}). Never deleted: a return or a reopening supersedes it, so the signed
 * versions stay readable with their hashes.
 */
@Entity
@Table(name = "appraisal_signature")
public class AppraisalSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private AppraisalForm form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignatureKind kind;

    @Column(name = "signer_id", nullable = false)
    private long signerId;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private boolean superseded;

    protected AppraisalSignature() {
    }

    AppraisalSignature(AppraisalForm form, SignatureKind kind, long signerId, String signerName, Instant signedAt,
            FormSeal seal) {
        this.form = form;
        this.kind = kind;
        this.signerId = signerId;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.content = seal.canonicalContent();
        this.contentHash = FormSeal.sha256(content);
    }

    void supersede() {
        this.superseded = true;
    }

    public Scorecard.SignatureLine toLine() {
        return new Scorecard.SignatureLine(signerName, signedAt, contentHash);
    }

    public Long getId() {
        return id;
    }

    public SignatureKind getKind() {
        return kind;
    }

    public long getSignerId() {
        return signerId;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContent() {
        return content;
    }

    public boolean isSuperseded() {
        return superseded;
    }
}
