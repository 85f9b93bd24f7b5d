package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;

/**
 * Who a form is for and who acts on it, resolved from the organisation when the cycle opens.
 *
 * @param employeeId     the appraised employee
 * @param employeeName   their name
 * @param employeeNo     their number
 * @param departmentId   their department
 * @param departmentName its name
 * @param positionTitle  their position, or null
 * @param reviewerId     the reviewer
 * @param reviewerName   the reviewer's name
 * @param approverId     the department head who approves, or null when the organisation has none
 * @param approverName   their name, or null
 * @param previousTotal  the previous cycle's total, or null
 * @param previousLevel  the previous cycle's level, or null
 */
record FormParticipant(long employeeId, String employeeName, String employeeNo, long departmentId,
        String departmentName, String positionTitle, long reviewerId, String reviewerName, Long approverId,
        String approverName, BigDecimal previousTotal, ResultLevel previousLevel) {
}
