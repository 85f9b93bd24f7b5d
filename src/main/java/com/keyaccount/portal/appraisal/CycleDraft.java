package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a department head enters to create a cycle.
 *
 * @param name                the cycle's name, e.g. 2026年第三季度大客户部考核
 * @param templateId          the template version to use
 * @param periodStart         the first day of the period (a first of a month)
 * @param departmentId        the department that runs it (one the head heads)
 * @param due                 due dates per step
 * @param maxExcellentPercent the distribution rule (at most this share 优秀), or null
 */
public record CycleDraft(String name, long templateId, LocalDate periodStart, long departmentId, CycleDueDates due,
        BigDecimal maxExcellentPercent) {
}
