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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One appraisal form (考核表) of one participant in one cycle: the template version it keeps, whose turn it is
 * ({@link FormStatus}), everything written on it ({@link FormAnswers}, stored as JSON), the related departments'
 * opinions, the signatures and the history. The scores are kept in columns for the calibration view and the
 * statement; they are recomputed from the answers whenever these change ({@link FormScoring}). Optimistic locking
 * refuses a save based on an older version, so two people never silently overwrite each other.
 */
@Entity
@Table(name = "appraisal_form")
public class AppraisalForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    private AppraisalCycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private AppraisalTemplate template;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "employee_name", nullable = false)
    private String employeeName;

    @Column(name = "employee_no", nullable = false)
    private String employeeNo;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "department_name", nullable = false)
    private String departmentName;

    @Column(name = "position_title")
    private String positionTitle;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Column(name = "reviewer_name", nullable = false)
    private String reviewerName;

    @Column(name = "approver_id")
    private Long approverId;

    @Column(name = "approver_name")
    private String approverName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FormStatus status = FormStatus.DRAFT;

    @Column(nullable = false)
    private String answers;

    @Column(name = "section_scores")
    private String sectionScores;

    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_level")
    private ResultLevel level;

    @Column(name = "grade_change")
    private Integer gradeChange;

    @Column(name = "suggested_grade")
    private Integer suggestedGrade;

    @Column(name = "previous_total")
    private BigDecimal previousTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_level")
    private ResultLevel previousLevel;

    @Column(name = "last_reason")
    private String lastReason;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL)
    @OrderBy("itemCode, itemIndex")
    private List<AppraisalOpinion> opinions = new ArrayList<>();

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL)
    @OrderBy("signedAt, id")
    private List<AppraisalSignature> signatures = new ArrayList<>();

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<AppraisalFormEvent> events = new ArrayList<>();

    @Transient
    private FormAnswers parsedAnswers;

    protected AppraisalForm() {
    }

    AppraisalForm(AppraisalCycle cycle, FormParticipant who, Instant now) {
        this.cycle = cycle;
        this.template = cycle.getTemplate();
        this.employeeId = who.employeeId();
        this.employeeName = who.employeeName();
        this.employeeNo = who.employeeNo();
        this.departmentId = who.departmentId();
        this.departmentName = who.departmentName();
        this.positionTitle = who.positionTitle();
        this.reviewerId = who.reviewerId();
        this.reviewerName = who.reviewerName();
        this.approverId = who.approverId();
        this.approverName = who.approverName();
        this.previousTotal = who.previousTotal();
        this.previousLevel = who.previousLevel();
        this.answers = AppraisalJson.write(FormAnswers.empty());
        this.updatedAt = now;
    }

    /** What is written on the form. */
    public FormAnswers answers() {
        if (parsedAnswers == null) {
            parsedAnswers = AppraisalJson.readAnswers(answers);
        }
        return parsedAnswers;
    }

    void write(FormAnswers newAnswers, Instant now) {
        this.parsedAnswers = newAnswers;
        this.answers = AppraisalJson.write(newAnswers);
        this.updatedAt = now;
    }

    /** Keeps the scores in their columns (null while incomplete). */
    void keep(FormScoring.FormResult result) {
        this.sectionScores = AppraisalJson.writeScores(result.sectionScores());
        this.total = result.total();
        this.level = result.level();
        this.gradeChange = result.gradeChange().map(SalaryGradeRule.SalaryGradeChange::change).orElse(null);
        this.suggestedGrade = result.gradeChange().map(SalaryGradeRule.SalaryGradeChange::suggestedGrade).orElse(null);
    }

    void moveTo(FormStatus next, String reason, Instant now) {
        this.status = next;
        this.lastReason = reason;
        this.updatedAt = now;
    }

    void remindedAt(Instant now) {
        this.remindedAt = now;
    }

    void record(AppraisalFormEvent event) {
        events.add(event);
    }

    /** The reviewer's signature now in force: the newest signature not superseded by a return or reopening. */
    Optional<AppraisalSignature> currentSignature(SignatureKind kind) {
        return signatures.stream().filter(s -> s.getKind() == kind && !s.isSuperseded())
                .reduce((first, second) -> second);
    }

    void sign(AppraisalSignature signature) {
        signatures.add(signature);
    }

    void supersedeSignatures() {
        signatures.forEach(AppraisalSignature::supersede);
    }

    public Map<String, BigDecimal> sectionScores() {
        return AppraisalJson.readScores(sectionScores);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AppraisalCycle getCycle() {
        return cycle;
    }

    public AppraisalTemplate getTemplate() {
        return template;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public String getEmployeeName() {
        return employeeName;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public Long getApproverId() {
        return approverId;
    }

    public String getApproverName() {
        return approverName;
    }

    public FormStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public ResultLevel getLevel() {
        return level;
    }

    public Integer getGradeChange() {
        return gradeChange;
    }

    public Integer getSuggestedGrade() {
        return suggestedGrade;
    }

    public BigDecimal getPreviousTotal() {
        return previousTotal;
    }

    public ResultLevel getPreviousLevel() {
        return previousLevel;
    }

    public String getLastReason() {
        return lastReason;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<AppraisalOpinion> getOpinions() {
        return opinions;
    }

    public List<AppraisalSignature> getSignatures() {
        return signatures;
    }

    public List<AppraisalFormEvent> getEvents() {
        return events;
    }
}
