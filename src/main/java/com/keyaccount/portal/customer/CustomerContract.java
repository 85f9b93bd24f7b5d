package com.keyaccount.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed contract or agreement of a customer (000 大客户开发选择制度 第九、十条: 供货合同, 质量保证合同 signed by both
 * 法人代表; 001 一篇 第8条: 销售协议, VIP客户协议), with its number, dates, amount and signers.
 */
@Entity
@Table(name = "customer_contract")
public class CustomerContract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractKind kind;

    @Column(name = "contract_no", nullable = false)
    private String contractNo;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private BigDecimal amount;

    @Column(name = "our_signer")
    private String ourSigner;

    @Column(name = "their_signer")
    private String theirSigner;

    private String remarks;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CustomerContract() {
    }

    public CustomerContract(long customerId, Instant createdAt) {
        this.customerId = customerId;
        this.createdAt = createdAt;
    }

    /** Whether the contract is in force on the day (no end date: open-ended). */
    public boolean inForceOn(LocalDate day) {
        return !signedOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    void apply(ContractDraft d) {
        kind = d.getKind();
        contractNo = d.getContractNo().strip();
        signedOn = d.getSignedOn();
        startsOn = d.getStartsOn();
        endsOn = d.getEndsOn();
        amount = d.getAmount();
        ourSigner = CustomerValidation.trimmed(d.getOurSigner());
        theirSigner = CustomerValidation.trimmed(d.getTheirSigner());
        remarks = CustomerValidation.trimmed(d.getRemarks());
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getCustomerId() { return customerId; }
    public ContractKind getKind() { return kind; }
    public String getContractNo() { return contractNo; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public BigDecimal getAmount() { return amount; }
    public String getOurSigner() { return ourSigner; }
    public String getTheirSigner() { return theirSigner; }
    public String getRemarks() { return remarks; }
    public Instant getCreatedAt() { return createdAt; }
}
