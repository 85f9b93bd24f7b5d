package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.appraisal.AppraisalActors.Actor;
import com.keyaccount.portal.appraisal.repository.AppraisalCycleRepository;
import com.keyaccount.portal.appraisal.repository.AppraisalFormRepository;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.DepartmentReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading appraisal results for the calibration view and the prints: one form's scorecard, a cycle's results per
 * department (部门考核汇总) with ranks, and the forms of a batch print. Who may read follows who may see: a scorecard
 * whoever may see the form (its employee once final), the results department heads and the general manager over
 * their scope.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalQueryService {

    private static final Comparator<String> CHINESE = Collator.getInstance(Locale.SIMPLIFIED_CHINESE)::compare;

    private final AppraisalFormRepository forms;
    private final AppraisalCycleRepository cycles;
    private final AppraisalActors actors;
    private final FormReader reader;
    private final OrgQueries org;

    AppraisalQueryService(AppraisalFormRepository forms, AppraisalCycleRepository cycles, AppraisalActors actors,
            FormReader reader, OrgQueries org) {
        this.forms = forms;
        this.cycles = cycles;
        this.actors = actors;
        this.reader = reader;
        this.org = org;
    }

    /** One form as printed; its employee gets it only once final. Refused when the person may not see it. */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public Scorecard scorecard(long formId) {
        Actor actor = actors.current();
        AppraisalForm form = forms.findDetailed(formId)
                .orElseThrow(() -> new BusinessException("appraisal.form.notFound"));
        if (!actors.maySee(actor, form) || actors.seesSelfPartOnly(actor, form)) {
            throw actors.hidden(actor, formId);
        }
        return reader.scorecard(form, false, rankOf(form));
    }

    /** A cycle's results for one department (null: every department of the person's scope), ranked. */
    @PreAuthorize(Permissions.Appraisal.HAS_CALIBRATE)
    public CycleResults results(long cycleId, Long departmentId, CycleResultsOrder order) {
        Actor actor = actors.current();
        AppraisalCycle cycle = cycles.findById(cycleId)
                .orElseThrow(() -> new BusinessException("appraisal.cycle.notFound"));
        List<AppraisalForm> rows = formsOf(actor, cycle, departmentId);
        Map<Long, Integer> ranks = ranks(rows);
        List<CycleResults.Row> lines = new ArrayList<>(rows.stream().map(form -> new CycleResults.Row(form.getId(),
                form.getEmployeeId(), form.getEmployeeName(), form.getEmployeeNo(), form.getDepartmentName(),
                form.getPositionTitle(), form.getReviewerName(), form.getStatus(), form.sectionScores(),
                form.getTotal(), form.getLevel(), ranks.get(form.getId()), form.getPreviousTotal(),
                form.getPreviousLevel(), form.getGradeChange(), form.getSuggestedGrade(), form.getVersion()))
                .toList());
        lines.sort(order == CycleResultsOrder.RANK ? byRank() : byName());
        String departmentName = departmentId == null ? null
                : org.department(departmentId).map(DepartmentReference::name).orElse(null);
        return new CycleResults(cycle.getId(), cycle.getName(), cycle.getPeriodKind(), cycle.getPeriodStart(),
                cycle.getPeriodEnd(), cycle.getTemplate().definition(), departmentId, departmentName, lines,
                cycle.getMaxExcellentPercent());
    }

    /** The forms of a batch print, in the order asked. */
    @PreAuthorize(Permissions.Appraisal.HAS_CALIBRATE)
    public List<Long> formIdsForBatch(long cycleId, Long departmentId, CycleResultsOrder order) {
        return results(cycleId, departmentId, order).rows().stream().map(CycleResults.Row::formId).toList();
    }

    private List<AppraisalForm> formsOf(Actor actor, AppraisalCycle cycle, Long departmentId) {
        if (departmentId != null && !actor.scope().isAll() && !actor.scope().departmentIds().contains(departmentId)) {
            throw new AccessDeniedException("appraisal results of department " + departmentId);
        }
        List<AppraisalForm> all = departmentId != null
                ? forms.findByCycleAndDepartments(cycle.getId(), List.of(departmentId))
                : actor.scope().isAll() ? forms.findByCycle(cycle.getId())
                : actor.scope().departmentIds().isEmpty() ? List.of()
                : forms.findByCycleAndDepartments(cycle.getId(), actor.scope().departmentIds());
        return all.stream().filter(form -> form.getEmployeeId() != actor.employeeId()).toList();
    }

    private Integer rankOf(AppraisalForm form) {
        if (form.getTotal() == null) {
            return null;
        }
        List<AppraisalForm> peers = forms.findByCycleAndDepartments(form.getCycle().getId(),
                List.of(form.getDepartmentId()));
        return ranks(peers).get(form.getId());
    }

    /** Competition ranking by total, best first: equal totals share a rank, the next rank skips (1, 1, 3). */
    static Map<Long, Integer> ranks(List<AppraisalForm> forms) {
        List<AppraisalForm> scored = forms.stream().filter(f -> f.getTotal() != null)
                .sorted(Comparator.comparing(AppraisalForm::getTotal).reversed()).toList();
        Map<Long, Integer> ranks = new HashMap<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            BigDecimal total = scored.get(i).getTotal();
            if (previous == null || total.compareTo(previous) != 0) {
                rank = i + 1;
                previous = total;
            }
            ranks.put(scored.get(i).getId(), rank);
        }
        return ranks;
    }

    private static Comparator<CycleResults.Row> byRank() {
        return Comparator.comparing(CycleResults.Row::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CycleResults.Row::employeeName, CHINESE);
    }

    private static Comparator<CycleResults.Row> byName() {
        return Comparator.comparing(CycleResults.Row::employeeName, CHINESE)
                .thenComparing(CycleResults.Row::employeeNo);
    }
}
