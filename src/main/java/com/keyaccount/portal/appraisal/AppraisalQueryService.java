package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.appraisal.AppraisalActors.Actor;
import com.keyaccount.portal.appraisal.repository.AppraisalCycleRepository;
import com.keyaccount.portal.appraisal.repository.AppraisalFormRepository;
import com.keyaccount.portal.appraisal.repository.FormResultRow;
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
import java.util.function.Function;
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
        List<FormResultRow> rows = rowsOf(actor, cycle, departmentId);
        Map<Long, Integer> ranks = ranks(rows, FormResultRow::id, FormResultRow::total);
        List<CycleResults.Row> lines = new ArrayList<>(rows.size());
        for (FormResultRow row : rows) {
            lines.add(new CycleResults.Row(row.id(), row.employeeId(), row.employeeName(), row.employeeNo(),
                    row.departmentName(), row.positionTitle(), row.reviewerName(), row.status(),
                    AppraisalJson.readScores(row.sectionScores()), row.total(), row.level(), ranks.get(row.id()),
                    row.previousTotal(), row.previousLevel(), row.gradeChange(), row.suggestedGrade(), row.version()));
        }
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

    private List<FormResultRow> rowsOf(Actor actor, AppraisalCycle cycle, Long departmentId) {
        if (departmentId != null && !actor.scope().isAll() && !actor.scope().departmentIds().contains(departmentId)) {
            throw new AccessDeniedException("appraisal results of department " + departmentId);
        }
        List<FormResultRow> all = departmentId != null
                ? forms.findResultRows(cycle.getId(), List.of(departmentId))
                : actor.scope().isAll() ? forms.findResultRows(cycle.getId())
                : actor.scope().departmentIds().isEmpty() ? List.of()
                : forms.findResultRows(cycle.getId(), actor.scope().departmentIds());
        return all.stream().filter(row -> row.employeeId() != actor.employeeId()).toList();
    }

    private Integer rankOf(AppraisalForm form) {
        if (form.getTotal() == null) {
            return null;
        }
        List<FormResultRow> peers = forms.findResultRows(form.getCycle().getId(), List.of(form.getDepartmentId()));
        return ranks(peers, FormResultRow::id, FormResultRow::total).get(form.getId());
    }

    /** Competition ranking by total, best first: equal totals share a rank, the next rank skips (1, 1, 3). */
    static <T> Map<Long, Integer> ranks(List<T> items, Function<T, Long> id, Function<T, BigDecimal> total) {
        List<T> scored = items.stream().filter(item -> total.apply(item) != null)
                .sorted(Comparator.comparing(total).reversed()).toList();
        Map<Long, Integer> ranks = new HashMap<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            BigDecimal value = total.apply(scored.get(i));
            if (previous == null || value.compareTo(previous) != 0) {
                rank = i + 1;
                previous = value;
            }
            ranks.put(id.apply(scored.get(i)), rank);
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
