package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.appraisal.AppraisalActors.Actor;
import com.keyaccount.portal.appraisal.repository.AppraisalFormRepository;
import com.keyaccount.portal.appraisal.repository.AppraisalOpinionRepository;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.org.DataScopeService;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appraisal workflow on one form (000 述职考评 and 考核 forms): the employee's self-assessment, the manager's
 * scoring with KPI actuals from the portal, the related departments' opinions in parallel, the manager's signature
 * (签字, SHA-256 of the canonical content), the department head's approval or return, and reopening with a reason.
 * The moves are {@link FormWorkflow}'s; who may make them is {@link AppraisalActors}'; every move is audited and kept
 * in the form's history; every save names the version it is based on, so a concurrent change is refused, never
 * overwritten.
 */
@Service
@Transactional
public class AppraisalFormService {

    /** Longest text of one point, comment or reason. */
    public static final int MAX_TEXT = 2000;

    private static final Set<FormStatus> REVIEWER_TURNS = EnumSet.of(FormStatus.SELF_ASSESSED, FormStatus.SCORED);

    private final AppraisalFormRepository forms;
    private final AppraisalOpinionRepository opinions;
    private final AppraisalActors actors;
    private final FormReader reader;
    private final KpiActuals kpiActuals;
    private final AuditService audit;
    private final NotificationService notifications;
    private final OrgQueries org;
    private final Clock clock;
    private final ZoneId zone;

    AppraisalFormService(AppraisalFormRepository forms, AppraisalOpinionRepository opinions, AppraisalActors actors,
            FormReader reader, KpiActuals kpiActuals, AuditService audit, NotificationService notifications,
            OrgQueries org, Clock clock, ZoneId businessZone) {
        this.forms = forms;
        this.opinions = opinions;
        this.actors = actors;
        this.reader = reader;
        this.kpiActuals = kpiActuals;
        this.audit = audit;
        this.notifications = notifications;
        this.org = org;
        this.clock = clock;
        this.zone = businessZone;
    }

    /** The signed-in person's own forms, newest cycle first; totals only on final forms. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    @Transactional(readOnly = true)
    public List<FormSummary> myForms() {
        Actor actor = actors.current();
        return forms.findByEmployee(actor.employeeId()).stream()
                .map(form -> summary(form, form.getStatus() == FormStatus.FINAL)).toList();
    }

    /** Forms waiting for the signed-in person: self-assessments, scoring, signatures, approvals and opinions. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    @Transactional(readOnly = true)
    public List<FormSummary> waitingForMe() {
        return waitingFor(actors.current()).stream().map(form -> summary(form, false)).toList();
    }

    List<AppraisalForm> waitingFor(Actor actor) {
        long me = actor.employeeId();
        List<AppraisalForm> waiting = new ArrayList<>();
        waiting.addAll(forms.findByEmployeeAndStatus(me, EnumSet.of(FormStatus.DRAFT)));
        waiting.addAll(forms.findByReviewer(me, REVIEWER_TURNS));
        waiting.addAll(forms.findByApprover(me, EnumSet.of(FormStatus.SIGNED)));
        Set<Long> headed = actor.scope().departmentIds();
        opinions.findPending(headed.isEmpty() ? Set.of(-1L) : headed, me).stream()
                .filter(opinion -> actors.mayGiveOpinion(actor, opinion))
                .map(AppraisalOpinion::getForm).distinct().forEach(waiting::add);
        return waiting.stream().filter(form -> form.getCycle().getStatus() == CycleStatus.OPEN).distinct().toList();
    }

    /** One form as the signed-in person may see it, with what they may do. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    @Transactional(readOnly = true)
    public FormDetail form(long formId) {
        Actor actor = actors.current();
        AppraisalForm form = forms.findDetailed(formId).orElseThrow(() -> new BusinessException("appraisal.form.notFound"));
        if (!actors.maySee(actor, form)) {
            throw actors.hidden(actor, formId);
        }
        boolean selfOnly = actors.seesSelfPartOnly(actor, form);
        TemplateDefinition template = form.getTemplate().definition();
        List<FormDetail.OpinionView> opinionViews = selfOnly ? List.of() : form.getOpinions().stream()
                .map(opinion -> {
                    ScoreRange range = template.items().filter(DepartmentOpinion.class::isInstance)
                            .map(DepartmentOpinion.class::cast)
                            .filter(item -> item.code().equals(opinion.getItemCode()))
                            .map(DepartmentOpinion::score).findFirst().orElse(null);
                    boolean mine = form.getStatus() == FormStatus.OPINIONS && opinion.getSignedAt() == null
                            && actors.mayGiveOpinion(actor, opinion);
                    boolean delegable = form.getStatus() != FormStatus.FINAL && opinion.getSignedAt() == null
                            && form.getCycle().getStatus() == CycleStatus.OPEN
                            && actors.mayDelegateOpinion(actor, opinion);
                    return new FormDetail.OpinionView(opinion.getId(), opinion.getVersion(), opinion.toEntry(), mine,
                            delegable, range != null, range == null ? null : range.min(),
                            range == null ? null : range.max());
                }).toList();
        LocalDate due = form.getCycle().dueFor(form.getStatus());
        return new FormDetail(reader.scorecard(form, selfOnly, null), form.getVersion(), due, isOverdue(due),
                form.getLastReason(), form.getEvents().stream().map(AppraisalFormEvent::toLine).toList(),
                opinionViews, allowed(actor, form), selfOnly);
    }

    /** Saves the employee's self-assessment (own bands and scores, KPI actuals typed, text and remarks). */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long saveSelfAssessment(long formId, long version, FormAnswers input) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        requireTurn(actor, form, FormAction.SUBMIT_SELF, form.getStatus() == FormStatus.DRAFT
                && form.getEmployeeId() == actor.employeeId());
        FormEntryChecks.checkSelf(form.getTemplate().definition(), input);
        return save(actor, form, form.answers().mergeSelf(input));
    }

    /** Submits the self-assessment: the reviewer's turn. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long submitSelfAssessment(long formId, long version) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        requireTurn(actor, form, FormAction.SUBMIT_SELF, form.getStatus() == FormStatus.DRAFT
                && form.getEmployeeId() == actor.employeeId());
        move(actor, form, FormAction.SUBMIT_SELF, null, null);
        notifications.notify(form.getReviewerId(), "appraisal.notify.toScore", List.of(form.getEmployeeName(),
                form.getCycle().getName()), route(form));
        return flushVersion(form);
    }

    /** Saves the reviewer's scores: bands, scores and comments, KPI targets and actuals, text comments and scores. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long saveScores(long formId, long version, FormAnswers input) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        requireReviewerScoring(actor, form);
        FormEntryChecks.checkReview(form.getTemplate().definition(), input);
        return save(actor, form, form.answers().mergeReview(input));
    }

    /** Fills every KPI the portal can count from its own records for the form's period, each marked with its source. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long fillKpiActuals(long formId, long version) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        boolean employeeDraft = form.getStatus() == FormStatus.DRAFT && form.getEmployeeId() == actor.employeeId();
        boolean reviewer = form.getStatus() == FormStatus.SELF_ASSESSED && form.getReviewerId() == actor.employeeId();
        requireTurn(actor, form, FormAction.SUBMIT_SCORES, employeeDraft || reviewer);
        AppraisalCycle cycle = form.getCycle();
        return save(actor, form, kpiActuals.fill(form.getTemplate().definition(), form.answers(),
                form.getEmployeeId(), cycle.getPeriodStart(), cycle.getPeriodEnd()));
    }

    /** Submits the scores: the related departments' turn when the template asks them, else the signature's. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long submitScores(long formId, long version) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        requireReviewerScoring(actor, form);
        FormScoring.FormResult result = reader.score(form);
        List<AppraisalProblem> missing = result.missing().stream()
                .filter(problem -> !problem.key().equals("appraisal.score.opinionMissing")).toList();
        if (!missing.isEmpty()) {
            throw missing.getFirst().toException();
        }
        move(actor, form, FormAction.SUBMIT_SCORES, null, null);
        return flushVersion(form);
    }

    /** A related department's signed opinion; the last one due moves the form to the signature. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long giveOpinion(long opinionId, long version, String comment, BigDecimal score) {
        Actor actor = actors.current();
        AppraisalOpinion opinion = opinions.findById(opinionId)
                .orElseThrow(() -> new BusinessException("appraisal.form.notFound"));
        AppraisalForm form = forms.findForUpdate(opinion.getForm().getId()).orElseThrow();
        if (opinion.getVersion() != version) {
            throw new OptimisticLockingFailureException("appraisal opinion " + opinionId + " changed");
        }
        requireTurn(actor, form, FormAction.GIVE_OPINION, form.getStatus() == FormStatus.OPINIONS
                && opinion.getSignedAt() == null && actors.mayGiveOpinion(actor, opinion));
        FormEntryChecks.checkOpinion(form.getTemplate().definition(), opinion.getItemCode(), comment, score);
        Instant now = now();
        opinion.give(comment.strip(), score, actor.employeeId(), actor.name(), now);
        boolean allGiven = form.getOpinions().stream().filter(o -> o.getDepartmentId() != null || o.getDelegateId() != null)
                .allMatch(o -> o.getSignedAt() != null);
        FormStatus to = allGiven ? FormStatus.SCORED : FormStatus.OPINIONS;
        form.record(new AppraisalFormEvent(form, FormAction.GIVE_OPINION, form.getStatus(), to, actor.employeeId(),
                actor.name(), now, null));
        form.moveTo(to, null, now);
        form.keep(reader.score(form));
        audit.record(AppraisalAudit.FORM_MOVED, AppraisalAudit.FORM, form.getId(), AuditDetail.of(
                "appraisal.audit.opinion", form.getEmployeeName(), opinion.toEntry().departmentLabel().zh()));
        if (allGiven) {
            notifications.notify(form.getReviewerId(), "appraisal.notify.toSign", List.of(form.getEmployeeName(),
                    form.getCycle().getName()), route(form));
        }
        return flushVersion(form);
    }

    /** Names a delegate to give a department's opinion in the head's place. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public void delegateOpinion(long opinionId, long delegateEmployeeId) {
        Actor actor = actors.current();
        AppraisalOpinion opinion = opinions.findById(opinionId)
                .orElseThrow(() -> new BusinessException("appraisal.form.notFound"));
        AppraisalForm form = opinion.getForm();
        requireTurn(actor, form, FormAction.GIVE_OPINION, opinion.getSignedAt() == null
                && form.getStatus() != FormStatus.FINAL && actors.mayDelegateOpinion(actor, opinion));
        opinion.delegateTo(delegateEmployeeId);
        audit.record(AppraisalAudit.FORM_SAVED, AppraisalAudit.FORM, form.getId(), AuditDetail.of(
                "appraisal.audit.delegated", form.getEmployeeName(), opinion.toEntry().departmentLabel().zh()));
        notifications.notify(delegateEmployeeId, "appraisal.notify.toOpine", List.of(form.getEmployeeName(),
                form.getCycle().getName()), route(form));
    }

    /** The reviewer signs (签字): the canonical content and its SHA-256 are kept; the department head's turn. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long sign(long formId, long version) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        requireTurn(actor, form, FormAction.SIGN, form.getStatus() == FormStatus.SCORED
                && form.getReviewerId() == actor.employeeId());
        FormScoring.FormResult result = reader.score(form);
        if (!result.complete()) {
            throw result.missing().getFirst().toException();
        }
        form.keep(result);
        move(actor, form, FormAction.SIGN, null, null);
        form.sign(new AppraisalSignature(form, SignatureKind.SIGNED, actor.employeeId(), actor.name(), now(),
                reader.seal(form)));
        if (form.getApproverId() != null) {
            notifications.notify(form.getApproverId(), "appraisal.notify.toApprove", List.of(form.getEmployeeName(),
                    form.getCycle().getName()), route(form));
        }
        return flushVersion(form);
    }

    /** The department head approves: the form is final and locked; refused when its content no longer matches its hash. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long approve(long formId, long version) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        approveLoaded(actor, form);
        return flushVersion(form);
    }

    void approveLoaded(Actor actor, AppraisalForm form) {
        requireTurn(actor, form, FormAction.APPROVE, form.getStatus() == FormStatus.SIGNED && mayApprove(actor, form));
        if (!reader.sealIntact(form)) {
            throw new BusinessException("appraisal.seal.broken");
        }
        move(actor, form, FormAction.APPROVE, null, null);
        form.sign(new AppraisalSignature(form, SignatureKind.APPROVED, actor.employeeId(), actor.name(), now(),
                reader.seal(form)));
        notifications.notify(form.getEmployeeId(), "appraisal.notify.final", List.of(form.getCycle().getName()),
                route(form));
    }

    /** Returns the form to an earlier step with a reason: by the reviewer to the employee, by the head from approval. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long returnForm(long formId, long version, FormStatus target, String reason) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        requireTurn(actor, form, FormAction.RETURN, returnTargets(actor, form).contains(target));
        String why = requireReason(reason);
        form.supersedeSignatures();
        move(actor, form, FormAction.RETURN, target, why);
        long notifyWho = target == FormStatus.DRAFT ? form.getEmployeeId() : form.getReviewerId();
        notifications.notify(notifyWho, "appraisal.notify.returned", List.of(form.getCycle().getName(), why),
                route(form));
        return flushVersion(form);
    }

    /** A department head reopens a final form for scoring, with a reason; the signed versions stay with their hashes. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public long reopen(long formId, long version, String reason) {
        Actor actor = actors.current();
        AppraisalForm form = load(formId, version);
        requireTurn(actor, form, FormAction.REOPEN, form.getStatus() == FormStatus.FINAL && mayApprove(actor, form));
        String why = requireReason(reason);
        form.supersedeSignatures();
        move(actor, form, FormAction.REOPEN, null, why);
        notifications.notify(form.getReviewerId(), "appraisal.notify.reopened", List.of(form.getEmployeeName(), why),
                route(form));
        return flushVersion(form);
    }

    /**
     * Reminds whoever's turn it is on every form past its step's due date, at most once a day per form (the
     * scheduled reminder). Returns how many reminders went out.
     */
    @PreAuthorize(DataScopeService.SYSTEM_ONLY)
    public int remindOverdue() {
        Instant now = now();
        Instant startOfToday = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        int sent = 0;
        Map<Long, Optional<Long>> heads = new HashMap<>();
        for (AppraisalForm form : forms.findOpenAt(EnumSet.complementOf(EnumSet.of(FormStatus.FINAL)))) {
            LocalDate due = form.getCycle().dueFor(form.getStatus());
            boolean remindedToday = form.getRemindedAt() != null && !form.getRemindedAt().isBefore(startOfToday);
            if (!isOverdue(due) || remindedToday) {
                continue;
            }
            for (long who : turnHolders(form, heads)) {
                notifications.notify(who, "appraisal.notify.overdue", List.of(form.getEmployeeName(),
                        form.getCycle().getName(), due.toString()), route(form));
                sent++;
            }
            form.remindedAt(now);
        }
        return sent;
    }

    private List<Long> turnHolders(AppraisalForm form, Map<Long, Optional<Long>> heads) {
        return switch (form.getStatus().turn()) {
            case EMPLOYEE -> List.of(form.getEmployeeId());
            case REVIEWER -> List.of(form.getReviewerId());
            case APPROVER -> form.getApproverId() == null ? List.of() : List.of(form.getApproverId());
            case DEPARTMENTS -> form.getOpinions().stream().filter(o -> o.getSignedAt() == null)
                    .map(o -> o.getDelegateId() != null ? Optional.of(o.getDelegateId())
                            : Optional.ofNullable(o.getDepartmentId()).flatMap(department -> heads.computeIfAbsent(
                                    department, d -> org.headOf(d).map(EmployeeReference::id))))
                    .flatMap(Optional::stream).distinct().toList();
            case NOBODY -> List.of();
        };
    }

    private boolean mayApprove(Actor actor, AppraisalForm form) {
        boolean approver = form.getApproverId() != null && form.getApproverId() == actor.employeeId();
        return approver || actors.isHeadOver(actor, form);
    }

    private Set<FormStatus> returnTargets(Actor actor, AppraisalForm form) {
        Set<FormStatus> targets = FormWorkflow.returnTargets(form.getStatus());
        if (targets.isEmpty()) {
            return targets;
        }
        if (form.getStatus() == FormStatus.SIGNED) {
            return mayApprove(actor, form) ? targets : Set.of();
        }
        return form.getReviewerId() == actor.employeeId() ? targets : Set.of();
    }

    private FormDetail.Allowed allowed(Actor actor, AppraisalForm form) {
        if (form.getCycle().getStatus() != CycleStatus.OPEN) {
            return FormDetail.Allowed.nothing();
        }
        long me = actor.employeeId();
        FormStatus status = form.getStatus();
        return new FormDetail.Allowed(status == FormStatus.DRAFT && form.getEmployeeId() == me,
                status == FormStatus.SELF_ASSESSED && form.getReviewerId() == me,
                status == FormStatus.SCORED && form.getReviewerId() == me,
                status == FormStatus.SIGNED && mayApprove(actor, form),
                returnTargets(actor, form),
                status == FormStatus.FINAL && mayApprove(actor, form));
    }

    private void requireReviewerScoring(Actor actor, AppraisalForm form) {
        requireTurn(actor, form, FormAction.SUBMIT_SCORES, form.getStatus() == FormStatus.SELF_ASSESSED
                && form.getReviewerId() == actor.employeeId());
    }

    private void requireTurn(Actor actor, AppraisalForm form, FormAction action, boolean allowed) {
        if (!actors.maySee(actor, form)) {
            throw actors.hidden(actor, form.getId());
        }
        if (form.getCycle().getStatus() != CycleStatus.OPEN) {
            throw new BusinessException("appraisal.cycle.notOpen", form.getCycle().getName());
        }
        if (!allowed) {
            throw actors.notYourTurn(actor, form, action);
        }
    }

    private AppraisalForm load(long formId, long version) {
        AppraisalForm form = forms.findDetailed(formId)
                .orElseThrow(() -> new BusinessException("appraisal.form.notFound"));
        if (form.getVersion() != version) {
            throw new OptimisticLockingFailureException("appraisal form " + formId + " is at version "
                    + form.getVersion() + ", not " + version);
        }
        return form;
    }

    private long save(Actor actor, AppraisalForm form, FormAnswers answers) {
        form.write(answers, now());
        form.keep(reader.score(form));
        audit.record(AppraisalAudit.FORM_SAVED, AppraisalAudit.FORM, form.getId(), AuditDetail.of(
                "appraisal.audit.saved", form.getEmployeeName(), AuditDetail.translated("appraisal.status.",
                        form.getStatus())));
        return flushVersion(form);
    }

    private void move(Actor actor, AppraisalForm form, FormAction action, FormStatus returnTo, String reason) {
        boolean asksOpinions = form.getOpinions().stream()
                .anyMatch(o -> o.getSignedAt() == null && (o.getDepartmentId() != null || o.getDelegateId() != null));
        FormStatus from = form.getStatus();
        FormStatus to = FormWorkflow.next(from, action, asksOpinions, returnTo);
        Instant now = now();
        form.record(new AppraisalFormEvent(form, action, from, to, actor.employeeId(), actor.name(), now, reason));
        form.moveTo(to, reason, now);
        audit.record(AppraisalAudit.FORM_MOVED, AppraisalAudit.FORM, form.getId(), AuditDetail.of(
                "appraisal.audit.moved", form.getEmployeeName(), AuditDetail.translated("appraisal.action.", action),
                AuditDetail.translated("appraisal.status.", to)));
    }

    private long flushVersion(AppraisalForm form) {
        forms.saveAndFlush(form);
        return form.getVersion();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "appraisal.reason.required");
        }
        if (reason.length() > MAX_TEXT) {
            throw BusinessException.onField("reason", "appraisal.text.tooLong", MAX_TEXT);
        }
        return reason.strip();
    }

    private FormSummary summary(AppraisalForm form, boolean showResult) {
        AppraisalCycle cycle = form.getCycle();
        LocalDate due = cycle.dueFor(form.getStatus());
        AppraisalTemplate template = form.getTemplate();
        return new FormSummary(form.getId(), cycle.getId(), cycle.getName(), cycle.getPeriodStart(),
                cycle.getPeriodEnd(), LocalizedText.of(template.getNameZh(), template.getNameEn()),
                form.getEmployeeName(), form.getDepartmentName(), form.getReviewerName(), form.getStatus(), due,
                isOverdue(due), showResult ? form.getTotal() : null, showResult ? form.getLevel() : null);
    }

    boolean isOverdue(LocalDate due) {
        return due != null && due.isBefore(LocalDate.now(clock.withZone(zone)));
    }

    static String route(AppraisalForm form) {
        return "appraisals/forms/" + form.getId();
    }

    private Instant now() {
        return clock.instant();
    }
}
