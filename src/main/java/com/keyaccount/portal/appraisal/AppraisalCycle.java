package com.keyaccount.portal.appraisal;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An appraisal cycle (考核周期): one period, one template version, the department whose head runs it, the
 * participants, the due date of each step and an optional distribution rule. Opening it creates one form per
 * participant ({@link AppraisalCycleService#open}).
 */
@Entity
@Table(name = "appraisal_cycle")
public class AppraisalCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    private PeriodKind periodKind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private AppraisalTemplate template;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "previous_cycle_id")
    private Long previousCycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleStatus status = CycleStatus.DRAFT;

    @Column(name = "self_due")
    private LocalDate selfDue;

    @Column(name = "score_due")
    private LocalDate scoreDue;

    @Column(name = "opinion_due")
    private LocalDate opinionDue;

    @Column(name = "sign_due")
    private LocalDate signDue;

    @Column(name = "approve_due")
    private LocalDate approveDue;

    @Column(name = "max_excellent_percent")
    private BigDecimal maxExcellentPercent;

    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AppraisalParticipant> participants = new ArrayList<>();

    protected AppraisalCycle() {
    }

    AppraisalCycle(AppraisalTemplate template, long departmentId, long createdById, Instant createdAt) {
        this.template = template;
        this.periodKind = template.getPeriodKind();
        this.departmentId = departmentId;
        this.createdById = createdById;
        this.createdAt = createdAt;
    }

    void describe(String newName, LocalDate start, CycleDueDates due, BigDecimal maxExcellent, Long previousId) {
        this.name = newName;
        this.periodStart = start;
        this.periodEnd = periodKind.endOf(YearMonth.from(start));
        this.selfDue = due.selfAssessment();
        this.scoreDue = due.scoring();
        this.opinionDue = due.opinions();
        this.signDue = due.signature();
        this.approveDue = due.approval();
        this.maxExcellentPercent = maxExcellent;
        this.previousCycleId = previousId;
    }

    Optional<AppraisalParticipant> participant(long employeeId) {
        return participants.stream().filter(p -> p.getEmployeeId() == employeeId).findFirst();
    }

    void addParticipant(long employeeId, long reviewerId) {
        if (participant(employeeId).isEmpty()) {
            participants.add(new AppraisalParticipant(this, employeeId, reviewerId));
        }
    }

    void removeParticipant(long employeeId) {
        participants.removeIf(p -> p.getEmployeeId() == employeeId);
    }

    void open(Instant now) {
        this.status = CycleStatus.OPEN;
        this.openedAt = now;
    }

    void close() {
        this.status = CycleStatus.CLOSED;
    }

    /** The due date of the step whose turn a form in {@code formStatus} is, or null. */
    public LocalDate dueFor(FormStatus formStatus) {
        return switch (formStatus) {
            case DRAFT -> selfDue;
            case SELF_ASSESSED -> scoreDue;
            case OPINIONS -> opinionDue;
            case SCORED -> signDue;
            case SIGNED -> approveDue;
            case FINAL -> null;
        };
    }

    public CycleDueDates dueDates() {
        return new CycleDueDates(selfDue, scoreDue, opinionDue, signDue, approveDue);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public AppraisalTemplate getTemplate() {
        return template;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public Long getPreviousCycleId() {
        return previousCycleId;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public BigDecimal getMaxExcellentPercent() {
        return maxExcellentPercent;
    }

    public long getCreatedById() {
        return createdById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public List<AppraisalParticipant> getParticipants() {
        return participants;
    }
}
