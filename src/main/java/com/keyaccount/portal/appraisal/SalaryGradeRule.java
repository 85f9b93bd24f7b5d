package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.org.EmployeeService;
import java.util.EnumMap;
import java.util.Map;

/**
 * 工资等级调整 of 000 大客户经理季度综合考评表: the salary-grade change suggested from this period's 评分等级 and the previous
 * period's 上季结果. The source gives no rule (RULES 7.7), so {@link #defaults()} is the portal's choice, editable per
 * template: 优秀 +1, 不及格 −1, every other level 0, whatever the previous result. A designer may set a different change
 * for a level repeated from the previous period (e.g. 及格 twice in a row −1). The suggested grade stays within
 * {@code minGrade..maxGrade}, by default the org module's 1..20.
 *
 * @param steps         the change per level; a level not listed changes nothing
 * @param repeatedSteps the change per level when the previous period had the same level; overrides {@code steps}
 * @param minGrade      the lowest salary grade
 * @param maxGrade      the highest salary grade
 * @param defaultValue  true while this is the portal's default rule
 */
public record SalaryGradeRule(Map<ResultLevel, Integer> steps, Map<ResultLevel, Integer> repeatedSteps, int minGrade,
        int maxGrade, boolean defaultValue) {

    public SalaryGradeRule {
        steps = Map.copyOf(steps);
        repeatedSteps = Map.copyOf(repeatedSteps);
    }

    /** 优秀 +1, 不及格 −1, otherwise 0; grades 1..20; flagged as the default. */
    public static SalaryGradeRule defaults() {
        Map<ResultLevel, Integer> steps = new EnumMap<>(ResultLevel.class);
        steps.put(ResultLevel.EXCELLENT, 1);
        steps.put(ResultLevel.FAIL, -1);
        return new SalaryGradeRule(steps, Map.of(), EmployeeService.MIN_SALARY_GRADE,
                EmployeeService.MAX_SALARY_GRADE, true);
    }

    /**
     * The suggested change for a level, given the previous period's level (null for a first appraisal) and the
     * employee's current grade (null when not recorded: the change is then not bounded and no grade suggested).
     */
    public SalaryGradeChange suggest(ResultLevel level, ResultLevel previous, Integer currentGrade) {
        Map<ResultLevel, Integer> rule = level == previous && repeatedSteps.containsKey(level) ? repeatedSteps : steps;
        int change = rule.getOrDefault(level, 0);
        if (currentGrade == null) {
            return new SalaryGradeChange(change, null);
        }
        int suggested = Math.clamp((long) currentGrade + change, minGrade, maxGrade);
        return new SalaryGradeChange(suggested - currentGrade, suggested);
    }

    /**
     * A suggested 工资等级调整.
     *
     * @param change         grades up (positive) or down (negative), after bounding
     * @param suggestedGrade the grade after the change; null when the current grade is not recorded
     */
    public record SalaryGradeChange(int change, Integer suggestedGrade) {
    }
}
