package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The contract dialog's content; {@code id} null for a new contract. */
public class ContractDraft implements Serializable {

    private Long id;
    private long version;
    private ContractKind kind;
    private String contractNo;
    private LocalDate signedOn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private BigDecimal amount;
    private String ourSigner;
    private String theirSigner;
    private String remarks;

    static ContractDraft of(CustomerContract c) {
        ContractDraft d = new ContractDraft();
        d.id = c.getId();
        d.version = c.getVersion();
        d.kind = c.getKind();
        d.contractNo = c.getContractNo();
        d.signedOn = c.getSignedOn();
        d.startsOn = c.getStartsOn();
        d.endsOn = c.getEndsOn();
        d.amount = c.getAmount();
        d.ourSigner = c.getOurSigner();
        d.theirSigner = c.getTheirSigner();
        d.remarks = c.getRemarks();
        return d;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ContractKind getKind() { return kind; }
    public void setKind(ContractKind kind) { this.kind = kind; }
    public String getContractNo() { return contractNo; }
    public void setContractNo(String contractNo) { this.contractNo = contractNo; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getOurSigner() { return ourSigner; }
    public void setOurSigner(String ourSigner) { this.ourSigner = ourSigner; }
    public String getTheirSigner() { return theirSigner; }
    public void setTheirSigner(String theirSigner) { this.theirSigner = theirSigner; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
}
