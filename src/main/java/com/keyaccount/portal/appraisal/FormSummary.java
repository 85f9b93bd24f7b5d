package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One form in a list (my appraisals, waiting for me).
 *
 * @param id             the form
 * @param cycleId        its cycle
 * @param cycleName      the cycle's name
 * @param periodStart    first day of the period
 * @param periodEnd      last day of the period
 * @param templateName   the template's name
 * @param employeeName   the appraised employee
 * @param departmentName their department
 * @param reviewerName   the reviewer
 * @param status         where it stands
 * @param due            the current step's due date, or null
 * @param overdue        whether it is past due
 * @param total          the total, when the viewer may see it, else null
 * @param level          the level, when the viewer may see it, else null
 */
public record FormSummary(long id, long cycleId, String cycleName, LocalDate periodStart, LocalDate periodEnd,
        LocalizedText templateName, String employeeName, String departmentName, String reviewerName,
        FormStatus status, LocalDate due, boolean overdue, BigDecimal total, ResultLevel level) {
}
