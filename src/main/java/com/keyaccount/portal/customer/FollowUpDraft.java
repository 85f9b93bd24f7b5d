package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The follow-up form (跟进记录): kind, date, staff, contact, summary, next step and date. A new record starts as a
 * visit; the dialog sets today's date. {@link #getVersion()} guards an edit against someone else's save.
 */
public class FollowUpDraft implements Serializable {

    private FollowUpKind kind = FollowUpKind.VISIT;
    private LocalDate occurredOn;
    private Long staffId;
    private Long contactId;
    private String summary;
    private String nextStep;
    private LocalDate nextOn;
    private long version;

    public static FollowUpDraft of(FollowUpSummary s) {
        FollowUpDraft d = new FollowUpDraft();
        d.kind = s.kind();
        d.occurredOn = s.occurredOn();
        d.staffId = s.staffId();
        d.contactId = s.contactId();
        d.summary = s.summary();
        d.nextStep = s.nextStep();
        d.nextOn = s.nextOn();
        d.version = s.version();
        return d;
    }

    public FollowUpKind getKind() { return kind; }
    public void setKind(FollowUpKind kind) { this.kind = kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }
    public LocalDate getNextOn() { return nextOn; }
    public void setNextOn(LocalDate nextOn) { this.nextOn = nextOn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
