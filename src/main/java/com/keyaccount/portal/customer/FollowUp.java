package com.keyaccount.portal.customer;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 跟进记录: one contact with a customer. Letters and faxes are recorded in the archive (000 信息办法 第九条); a visit or
 * reception recorded after its day is marked late (004 第二章 三: 當天更新; the 20 元 fine of §4.5 is a later issue's).
 */
@Entity
@Table(name = "customer_follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "staff_employee_id", nullable = false)
    private long staffEmployeeId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private CustomerContact contact;

    @Column(nullable = false)
    private String summary;

    @Column(name = "next_step")
    private String nextStep;

    @Column(name = "next_on")
    private LocalDate nextOn;

    private boolean late;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected FollowUp() {
    }

    public FollowUp(Customer customer, long staffEmployeeId, Instant recordedAt, String recordedBy) {
        this.customer = customer;
        this.staffEmployeeId = staffEmployeeId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Customer getCustomer() { return customer; }
    public FollowUpKind getKind() { return kind; }
    public void setKind(FollowUpKind kind) { this.kind = kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public long getStaffEmployeeId() { return staffEmployeeId; }
    public CustomerContact getContact() { return contact; }
    public void setContact(CustomerContact contact) { this.contact = contact; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }
    public LocalDate getNextOn() { return nextOn; }
    public void setNextOn(LocalDate nextOn) { this.nextOn = nextOn; }
    public boolean isLate() { return late; }
    public void setLate(boolean late) { this.late = late; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
