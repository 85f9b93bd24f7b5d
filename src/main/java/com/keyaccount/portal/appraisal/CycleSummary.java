package com.keyaccount.portal.appraisal;

import java.time.LocalDate;

/**
 * One line of the cycle list.
 *
 * @param id              the cycle
 * @param version         its version
 * @param name            its name
 * @param period          month, quarter, half-year or year
 * @param periodStart     first day
 * @param periodEnd       last day
 * @param templateId      the template version
 * @param templateName    the template's name
 * @param templateVersion the template's version number
 * @param departmentId    the running department
 * @param departmentName  its name
 * @param status          draft, open or closed
 * @param participants    how many take part
 * @param finalForms      how many forms are final
 */
public record CycleSummary(long id, long version, String name, PeriodKind period, LocalDate periodStart,
        LocalDate periodEnd, long templateId, LocalizedText templateName, int templateVersion, long departmentId,
        String departmentName, CycleStatus status, int participants, long finalForms) {
}
