package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of one cycle for one department (部门考核汇总): what the calibration view shows and the department
 * statement prints. Read through {@code AppraisalQueryService}, which applies who may see them.
 *
 * @param cycleId        the cycle
 * @param cycleName      its name
 * @param period         month, quarter, half-year or year
 * @param periodStart    first day of the period
 * @param periodEnd      last day of the period
 * @param template       the cycle's template version (its sections title the score columns)
 * @param departmentId   the department, or null for the whole cycle
 * @param departmentName the department's name, or null for the whole cycle
 * @param rows           one per participant, in the order asked for
 * @param maxExcellentPercent the cycle's distribution rule (at most this share 优秀), or null when it has none
 */
public record CycleResults(long cycleId, String cycleName, PeriodKind period, LocalDate periodStart,
        LocalDate periodEnd, TemplateDefinition template, Long departmentId, String departmentName,
        List<Row> rows, BigDecimal maxExcellentPercent) {

    public CycleResults {
        Objects.requireNonNull(template, "template");
        rows = List.copyOf(rows);
    }

    /** How many scored forms have each level, every level present (0 when none). */
    public Map<ResultLevel, Long> distribution() {
        Map<ResultLevel, Long> counts = new EnumMap<>(ResultLevel.class);
        for (ResultLevel level : ResultLevel.values()) {
            counts.put(level, 0L);
        }
        rows.stream().filter(row -> row.level() != null).forEach(row -> counts.merge(row.level(), 1L, Long::sum));
        return counts;
    }

    /**
     * One participant's line.
     *
     * @param formId         the form
     * @param employeeId     the employee
     * @param employeeName   their name
     * @param employeeNo     their number
     * @param departmentName their department
     * @param position       their position, or null
     * @param reviewerName   the reviewer
     * @param status         where the form stands
     * @param sectionScores  each complete section's score by section code
     * @param total          total or 综合得分, or null while incomplete
     * @param level          its level, or null
     * @param rank           rank by total among the rows' department (1 = best, ties share a rank), or null
     * @param previousTotal  上季结果 total, or null
     * @param previousLevel  上季结果 level, or null
     * @param gradeChange    工资等级调整 in steps, or null when the template has no composite
     * @param suggestedGrade the suggested salary grade, or null
     * @param version        the form's version, for bulk approval without overwriting a concurrent change
     */
    public record Row(long formId, long employeeId, String employeeName, String employeeNo, String departmentName,
            String position, String reviewerName, FormStatus status, Map<String, BigDecimal> sectionScores,
            BigDecimal total, ResultLevel level, Integer rank, BigDecimal previousTotal, ResultLevel previousLevel,
            Integer gradeChange, Integer suggestedGrade, long version) {

        public Row {
            sectionScores = Map.copyOf(sectionScores);
        }
    }
}
