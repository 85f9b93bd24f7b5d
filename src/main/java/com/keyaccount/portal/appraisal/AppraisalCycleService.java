package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.appraisal.AppraisalActors.Actor;
import com.keyaccount.portal.appraisal.repository.AppraisalCycleRepository;
import com.keyaccount.portal.appraisal.repository.AppraisalFormRepository;
import com.keyaccount.portal.appraisal.repository.AppraisalTemplateRepository;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.EmployeeFacts;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmploymentStatus;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisal cycles (考核周期), run by the head of a department: a name, the period, the template version, the
 * participants chosen by department, position or by hand with their reviewers (each participant's manager unless
 * changed), the due date of each step and an optional distribution rule. Opening a cycle creates every form in one
 * transaction, with its approver (the participant's department head), the related departments asked for opinions
 * and the previous cycle's result (上季结果).
 */
@Service
@Transactional
public class AppraisalCycleService {

    private static final int MAX_NAME = 200;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final AppraisalCycleRepository cycles;
    private final AppraisalFormRepository forms;
    private final AppraisalTemplateRepository templates;
    private final AppraisalActors actors;
    private final EmployeeService employees;
    private final OrgQueries org;
    private final DepartmentService departments;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Clock clock;

    AppraisalCycleService(AppraisalCycleRepository cycles, AppraisalFormRepository forms,
            AppraisalTemplateRepository templates, AppraisalActors actors, EmployeeService employees, OrgQueries org,
            DepartmentService departments, AuditService audit, NotificationService notifications, Clock clock) {
        this.cycles = cycles;
        this.forms = forms;
        this.templates = templates;
        this.actors = actors;
        this.employees = employees;
        this.org = org;
        this.departments = departments;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The cycles of the departments the person heads (all for the general manager), newest first. */
    @PreAuthorize("hasAnyRole('" + Permissions.Appraisal.CYCLE + "', '" + Permissions.Appraisal.CALIBRATE + "')")
    @Transactional(readOnly = true)
    public List<CycleSummary> cycles() {
        Actor actor = actors.current();
        List<AppraisalCycle> visible = actor.scope().isAll() ? cycles.findAllNewestFirst()
                : actor.scope().departmentIds().isEmpty() ? List.of()
                : cycles.findByDepartments(actor.scope().departmentIds());
        List<Long> ids = visible.stream().map(AppraisalCycle::getId).toList();
        Map<Long, Long> participants = ids.isEmpty() ? Map.of() : counts(cycles.countParticipants(ids));
        Map<Long, Long> finalForms = ids.isEmpty() ? Map.of()
                : counts(forms.countByCyclesAndStatus(ids, FormStatus.FINAL));
        return visible.stream().map(cycle -> summary(cycle, participants.getOrDefault(cycle.getId(), 0L).intValue(),
                finalForms.getOrDefault(cycle.getId(), 0L))).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                row -> ((Number) row[1]).longValue()));
    }

    /** One cycle, if the person may see it. */
    @PreAuthorize("hasAnyRole('" + Permissions.Appraisal.CYCLE + "', '" + Permissions.Appraisal.CALIBRATE + "')")
    @Transactional(readOnly = true)
    public CycleSummary cycle(long cycleId) {
        return summary(visibleCycle(actors.current(), cycleId));
    }

    /** What a cycle was created with, as the editor shows it: name, template, period, department, due dates, rule. */
    @PreAuthorize("hasAnyRole('" + Permissions.Appraisal.CYCLE + "', '" + Permissions.Appraisal.CALIBRATE + "')")
    @Transactional(readOnly = true)
    public CycleDraft draft(long cycleId) {
        AppraisalCycle cycle = visibleCycle(actors.current(), cycleId);
        return new CycleDraft(cycle.getName(), cycle.getTemplate().getId(), cycle.getPeriodStart(),
                cycle.getDepartmentId(), cycle.dueDates(), cycle.getMaxExcellentPercent());
    }

    /** The participants of a cycle with their reviewers, by number. */
    @PreAuthorize("hasAnyRole('" + Permissions.Appraisal.CYCLE + "', '" + Permissions.Appraisal.CALIBRATE + "')")
    @Transactional(readOnly = true)
    public List<CycleParticipant> participants(long cycleId) {
        AppraisalCycle cycle = visibleCycle(actors.current(), cycleId);
        List<Long> ids = cycle.getParticipants().stream().map(AppraisalParticipant::getEmployeeId).toList();
        Map<Long, EmployeeFacts> facts = factsById(ids);
        Map<Long, EmployeeReference> reviewers = org.employees(cycle.getParticipants().stream()
                .map(AppraisalParticipant::getReviewerId).collect(Collectors.toSet()));
        return cycle.getParticipants().stream().filter(p -> facts.containsKey(p.getEmployeeId())).map(p -> {
            EmployeeFacts f = facts.get(p.getEmployeeId());
            return new CycleParticipant(f.id(), f.displayName(), f.employeeNo(), f.departmentName(),
                    f.positionTitle(), p.getReviewerId(), nameIn(reviewers, p.getReviewerId()));
        }).sorted(Comparator.comparing(CycleParticipant::employeeNo)).toList();
    }

    /** The templates a new cycle may use: the newest version of every template not retired, by code. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    @Transactional(readOnly = true)
    public List<TemplateOption> templateOptions() {
        return templates.findLatestVersions().stream().filter(template -> !template.isRetired())
                .map(template -> new TemplateOption(template.getId(), template.getCode(),
                        LocalizedText.of(template.getNameZh(), template.getNameEn()), template.getTemplateVersion(),
                        template.getPeriodKind()))
                .toList();
    }

    /** The departments the person may run cycles for (those their scope holds), parents before children. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    @Transactional(readOnly = true)
    public List<DepartmentReference> manageableDepartments() {
        Actor actor = actors.current();
        return departments.findAll().stream().filter(d -> actors.mayManageCycle(actor, d.id()))
                .map(d -> new DepartmentReference(d.id(), d.code(), d.name(), d.kind(), d.parentId())).toList();
    }

    /**
     * The departments of a cycle's forms the person may calibrate (their scope; all for the general manager), parents
     * before children: the choices of the calibration view.
     */
    @PreAuthorize(Permissions.Appraisal.HAS_CALIBRATE)
    @Transactional(readOnly = true)
    public List<DepartmentReference> calibrationDepartments(long cycleId) {
        Actor actor = actors.current();
        AppraisalCycle cycle = visibleCycle(actor, cycleId);
        Set<Long> used = forms.findByCycle(cycle.getId()).stream().map(AppraisalForm::getDepartmentId)
                .filter(id -> actor.scope().includes(null, id)).collect(Collectors.toSet());
        return departments.findAll().stream().filter(d -> used.contains(d.id()))
                .map(d -> new DepartmentReference(d.id(), d.code(), d.name(), d.kind(), d.parentId())).toList();
    }

    /** Creates a cycle in draft for a department the person heads; the template must be current. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    public long create(CycleDraft draft) {
        Actor actor = actors.current();
        requireManaged(actor, draft.departmentId());
        AppraisalTemplate template = templates.findById(draft.templateId())
                .orElseThrow(() -> BusinessException.onField("template", "appraisal.cycle.templateMissing"));
        if (template.isRetired()) {
            throw BusinessException.onField("template", "appraisal.cycle.templateRetired");
        }
        AppraisalCycle cycle = new AppraisalCycle(template, draft.departmentId(), actor.employeeId(), clock.instant());
        describe(cycle, draft);
        cycles.save(cycle);
        audit.record(AppraisalAudit.CYCLE_CREATED, AppraisalAudit.CYCLE, cycle.getId(),
                AuditDetail.of("appraisal.audit.cycleCreated", cycle.getName(), template.getNameZh()));
        return cycle.getId();
    }

    /** Changes a draft cycle's name, period, due dates and distribution rule. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    public long update(long cycleId, long version, CycleDraft draft) {
        Actor actor = actors.current();
        AppraisalCycle cycle = managedCycle(actor, cycleId, version);
        if (cycle.getStatus() == CycleStatus.CLOSED) {
            throw new BusinessException("appraisal.cycle.closed", cycle.getName());
        }
        if (cycle.getStatus() == CycleStatus.OPEN && !cycle.getPeriodStart().equals(draft.periodStart())) {
            throw BusinessException.onField("periodStart", "appraisal.cycle.periodFixed");
        }
        describe(cycle, draft);
        cycles.saveAndFlush(cycle);
        audit.record(AppraisalAudit.CYCLE_UPDATED, AppraisalAudit.CYCLE, cycle.getId(),
                AuditDetail.of("appraisal.audit.cycleUpdated", cycle.getName()));
        return cycle.getVersion();
    }

    /** Adds participants to a draft cycle; each must be in the person's scope. Returns how many were added. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    public int addParticipants(long cycleId, long version, ParticipantSelection selection) {
        Actor actor = actors.current();
        AppraisalCycle cycle = managedDraft(actor, cycleId, version);
        Set<Long> chosen = new LinkedHashSet<>();
        if (selection.departmentId() != null) {
            Set<Long> departments = selection.includeSubDepartments()
                    ? org.departmentAndBelow(selection.departmentId()) : Set.of(selection.departmentId());
            chosen.addAll(employees.activeEmployeeIds(departments, selection.positionTitle()));
        }
        chosen.addAll(selection.employeeIds());
        int before = cycle.getParticipants().size();
        List<EmployeeFacts> people = employees.appraisalFacts(chosen);
        Map<Long, EmployeeReference> heads = org.responsibleHeads(chosen);
        Set<Long> managers = people.stream().map(EmployeeFacts::managerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, EmployeeReference> activeManagers = org.employees(managers);
        for (EmployeeFacts person : people) {
            if (person.status() != EmploymentStatus.ACTIVE
                    || !actor.scope().includes(person.id(), person.departmentId())) {
                throw new BusinessException("appraisal.cycle.participantOutOfScope", person.displayName());
            }
            cycle.addParticipant(person.id(), defaultReviewer(person, cycle, heads, activeManagers));
        }
        cycles.saveAndFlush(cycle);
        int added = cycle.getParticipants().size() - before;
        audit.record(AppraisalAudit.CYCLE_PARTICIPANTS, AppraisalAudit.CYCLE, cycle.getId(),
                AuditDetail.of("appraisal.audit.participantsAdded", cycle.getName(), added));
        return added;
    }

    /** Removes a participant from a draft cycle. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    public void removeParticipant(long cycleId, long version, long employeeId) {
        Actor actor = actors.current();
        AppraisalCycle cycle = managedDraft(actor, cycleId, version);
        cycle.removeParticipant(employeeId);
        cycles.saveAndFlush(cycle);
        audit.record(AppraisalAudit.CYCLE_PARTICIPANTS, AppraisalAudit.CYCLE, cycle.getId(),
                AuditDetail.of("appraisal.audit.participantRemoved", cycle.getName(), nameOf(employeeId)));
    }

    /** Changes a participant's reviewer in a draft cycle; nobody reviews themselves. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    public void changeReviewer(long cycleId, long version, long employeeId, long reviewerId) {
        Actor actor = actors.current();
        AppraisalCycle cycle = managedDraft(actor, cycleId, version);
        if (employeeId == reviewerId) {
            throw BusinessException.onField("reviewer", "appraisal.cycle.selfReview");
        }
        if (!org.isActive(reviewerId)) {
            throw BusinessException.onField("reviewer", "appraisal.cycle.reviewerLeft");
        }
        AppraisalParticipant participant = cycle.participant(employeeId)
                .orElseThrow(() -> new BusinessException("appraisal.cycle.noSuchParticipant"));
        participant.changeReviewer(reviewerId);
        cycles.saveAndFlush(cycle);
        audit.record(AppraisalAudit.CYCLE_PARTICIPANTS, AppraisalAudit.CYCLE, cycle.getId(),
                AuditDetail.of("appraisal.audit.reviewerChanged", cycle.getName(), nameOf(employeeId),
                        nameOf(reviewerId)));
    }

    /**
     * Opens a draft cycle: one form per participant, all in this transaction, each with its reviewer, its approver
     * (the participant's department head), the related departments asked for opinions and the previous result.
     * Returns how many forms were created.
     */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    public int open(long cycleId, long version) {
        Actor actor = actors.current();
        AppraisalCycle cycle = managedDraft(actor, cycleId, version);
        if (cycle.getParticipants().isEmpty()) {
            throw new BusinessException("appraisal.cycle.noParticipants", cycle.getName());
        }
        Optional<AppraisalCycle> previous = cycles.findPrevious(cycle.getDepartmentId(),
                cycle.getTemplate().getCode(), cycle.getPeriodStart());
        List<Long> ids = cycle.getParticipants().stream().map(AppraisalParticipant::getEmployeeId).toList();
        Map<Long, EmployeeFacts> facts = factsById(ids);
        Map<Long, AppraisalForm> previousForms = previous.map(p -> forms.findByCycleAndEmployees(p.getId(), ids))
                .orElse(List.of()).stream().collect(Collectors.toMap(AppraisalForm::getEmployeeId,
                        Function.identity()));
        List<OpinionSlot> slots = opinionSlots(cycle.getTemplate().definition());
        Set<Long> reviewers = cycle.getParticipants().stream().map(AppraisalParticipant::getReviewerId)
                .collect(Collectors.toSet());
        Set<Long> everyone = new HashSet<>(ids);
        everyone.addAll(reviewers);
        everyone.add(cycle.getCreatedById());
        Map<Long, EmployeeReference> heads = org.responsibleHeads(everyone);
        Map<Long, EmployeeReference> people = org.employees(everyone);
        heads.values().forEach(head -> people.putIfAbsent(head.id(), head));
        Instant now = clock.instant();
        List<AppraisalForm> created = new ArrayList<>();
        for (AppraisalParticipant participant : cycle.getParticipants()) {
            EmployeeFacts person = facts.get(participant.getEmployeeId());
            if (person == null) {
                continue;
            }
            AppraisalForm before = previousForms.get(person.id());
            boolean previousFinal = before != null && before.getStatus() == FormStatus.FINAL;
            // nobody approves their own form: without a head above, whoever runs the cycle approves, else the reviewer
            long approverId = approverOf(person.id(), participant.getReviewerId(), heads).map(EmployeeReference::id)
                    .orElse(cycle.getCreatedById() != person.id() ? cycle.getCreatedById()
                            : participant.getReviewerId());
            AppraisalForm form = new AppraisalForm(cycle, new FormParticipant(person.id(), person.displayName(),
                    person.employeeNo(), person.departmentId(), person.departmentName(), person.positionTitle(),
                    participant.getReviewerId(), nameIn(people, participant.getReviewerId()),
                    approverId, nameIn(people, approverId),
                    previousFinal ? before.getTotal() : null, previousFinal ? before.getLevel() : null), now);
            for (OpinionSlot slot : slots) {
                form.getOpinions().add(new AppraisalOpinion(form, slot.itemCode(), slot.index(), slot.label(),
                        slot.departmentId()));
            }
            created.add(form);
        }
        forms.saveAll(created);
        cycle.open(now);
        cycle.describe(cycle.getName(), cycle.getPeriodStart(), cycle.dueDates(), cycle.getMaxExcellentPercent(),
                previous.map(AppraisalCycle::getId).orElse(null));
        cycles.saveAndFlush(cycle);
        audit.record(AppraisalAudit.CYCLE_OPENED, AppraisalAudit.CYCLE, cycle.getId(),
                AuditDetail.of("appraisal.audit.cycleOpened", cycle.getName(), created.size()));
        for (AppraisalForm form : created) {
            notifications.notify(form.getEmployeeId(), "appraisal.notify.opened", List.of(cycle.getName()),
                    AppraisalFormService.route(form));
        }
        return created.size();
    }

    /** Closes an open cycle once every form is final. */
    @PreAuthorize(Permissions.Appraisal.HAS_CYCLE)
    public void close(long cycleId, long version) {
        Actor actor = actors.current();
        AppraisalCycle cycle = managedCycle(actor, cycleId, version);
        if (cycle.getStatus() != CycleStatus.OPEN) {
            throw new BusinessException("appraisal.cycle.notOpen", cycle.getName());
        }
        long unfinished = forms.countByCycleId(cycleId) - forms.countByCycleIdAndStatus(cycleId, FormStatus.FINAL);
        if (unfinished > 0) {
            throw new BusinessException("appraisal.cycle.unfinished", unfinished);
        }
        cycle.close();
        cycles.saveAndFlush(cycle);
        audit.record(AppraisalAudit.CYCLE_CLOSED, AppraisalAudit.CYCLE, cycle.getId(),
                AuditDetail.of("appraisal.audit.cycleClosed", cycle.getName()));
    }

    /** One department asked for an opinion by the template, mapped to the organisation's department of that name. */
    private record OpinionSlot(String itemCode, int index, LocalizedText label, Long departmentId) {
    }

    private List<OpinionSlot> opinionSlots(TemplateDefinition template) {
        List<OpinionSlot> slots = new ArrayList<>();
        template.items().filter(DepartmentOpinion.class::isInstance).map(DepartmentOpinion.class::cast)
                .forEach(item -> {
                    for (int i = 0; i < item.departments().size(); i++) {
                        LocalizedText label = item.departments().get(i);
                        slots.add(new OpinionSlot(item.code(), i, label,
                                org.departmentNamed(label.zh()).map(DepartmentReference::id).orElse(null)));
                    }
                });
        return slots;
    }

    /** The department head who approves: the participant's responsible head, or the next one up when that is the reviewer. */
    private static Optional<EmployeeReference> approverOf(long employeeId, long reviewerId,
            Map<Long, EmployeeReference> heads) {
        Optional<EmployeeReference> head = Optional.ofNullable(heads.get(employeeId));
        if (head.isPresent() && head.get().id() == reviewerId) {
            head = Optional.ofNullable(heads.get(reviewerId));
        }
        return head.filter(h -> h.id() != employeeId);
    }

    private static String nameIn(Map<Long, EmployeeReference> people, long employeeId) {
        return Optional.ofNullable(people.get(employeeId)).map(EmployeeReference::displayName)
                .orElse("#" + employeeId);
    }

    /** The participant's manager while still working here, else their responsible head, else the cycle's creator. */
    private static long defaultReviewer(EmployeeFacts person, AppraisalCycle cycle, Map<Long, EmployeeReference> heads,
            Map<Long, EmployeeReference> workingManagers) {
        if (person.managerId() != null && person.managerId() != person.id()
                && workingManagers.containsKey(person.managerId())) {
            return person.managerId();
        }
        return Optional.ofNullable(heads.get(person.id())).map(EmployeeReference::id)
                .filter(id -> id != person.id()).orElse(cycle.getCreatedById());
    }

    private void describe(AppraisalCycle cycle, CycleDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw BusinessException.onField("name", "appraisal.cycle.nameRequired");
        }
        if (name.length() > MAX_NAME) {
            throw BusinessException.onField("name", "appraisal.cycle.nameTooLong", MAX_NAME);
        }
        LocalDate start = draft.periodStart();
        if (start == null || start.getDayOfMonth() != 1) {
            throw BusinessException.onField("periodStart", "appraisal.cycle.periodStart");
        }
        CycleDueDates due = draft.due() == null ? CycleDueDates.none() : draft.due();
        List<LocalDate> steps = new ArrayList<>();
        Stream.of(due.selfAssessment(), due.scoring(), due.opinions(), due.signature(),
                due.approval()).filter(Objects::nonNull).forEach(steps::add);
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).isBefore(steps.get(i - 1))) {
                throw BusinessException.onField("due", "appraisal.cycle.dueOrder");
            }
        }
        BigDecimal max = draft.maxExcellentPercent();
        if (max != null && (max.signum() <= 0 || max.compareTo(HUNDRED) > 0)) {
            throw BusinessException.onField("maxExcellentPercent", "appraisal.cycle.distributionRange");
        }
        cycle.describe(name, start, due, max, cycle.getPreviousCycleId());
    }

    private CycleSummary summary(AppraisalCycle cycle) {
        long finalForms = cycle.getStatus() == CycleStatus.DRAFT ? 0
                : forms.countByCycleIdAndStatus(cycle.getId(), FormStatus.FINAL);
        return summary(cycle, cycle.getParticipants().size(), finalForms);
    }

    private CycleSummary summary(AppraisalCycle cycle, int participants, long finalForms) {
        AppraisalTemplate template = cycle.getTemplate();
        return new CycleSummary(cycle.getId(), cycle.getVersion(), cycle.getName(), cycle.getPeriodKind(),
                cycle.getPeriodStart(), cycle.getPeriodEnd(), template.getId(),
                LocalizedText.of(template.getNameZh(), template.getNameEn()), template.getTemplateVersion(),
                cycle.getDepartmentId(), org.department(cycle.getDepartmentId()).map(DepartmentReference::name)
                        .orElse(""), cycle.getStatus(), participants, finalForms);
    }

    private AppraisalCycle visibleCycle(Actor actor, long cycleId) {
        AppraisalCycle cycle = cycles.findById(cycleId)
                .orElseThrow(() -> new BusinessException("appraisal.cycle.notFound"));
        if (!actor.scope().isAll() && !actor.scope().departmentIds().contains(cycle.getDepartmentId())) {
            throw new AccessDeniedException("appraisal cycle " + cycleId);
        }
        return cycle;
    }

    private AppraisalCycle managedCycle(Actor actor, long cycleId, long version) {
        AppraisalCycle cycle = cycles.findById(cycleId)
                .orElseThrow(() -> new BusinessException("appraisal.cycle.notFound"));
        requireManaged(actor, cycle.getDepartmentId());
        if (cycle.getVersion() != version) {
            throw new OptimisticLockingFailureException("appraisal cycle " + cycleId + " changed");
        }
        return cycle;
    }

    private AppraisalCycle managedDraft(Actor actor, long cycleId, long version) {
        AppraisalCycle cycle = managedCycle(actor, cycleId, version);
        if (cycle.getStatus() != CycleStatus.DRAFT) {
            throw new BusinessException("appraisal.cycle.notDraft", cycle.getName());
        }
        return cycle;
    }

    private void requireManaged(Actor actor, long departmentId) {
        if (!actors.mayManageCycle(actor, departmentId)) {
            audit.recordRefusal(AppraisalAudit.CYCLE_UPDATED, AppraisalAudit.CYCLE, departmentId,
                    AuditDetail.of("appraisal.audit.refusedCycle", actor.name()));
            throw new AccessDeniedException("appraisal cycles of department " + departmentId);
        }
    }

    private Map<Long, EmployeeFacts> factsById(List<Long> ids) {
        return employees.appraisalFacts(ids).stream().collect(Collectors.toMap(EmployeeFacts::id,
                Function.identity()));
    }

    private String nameOf(long employeeId) {
        return org.employee(employeeId).map(EmployeeReference::displayName).orElse("#" + employeeId);
    }
}
