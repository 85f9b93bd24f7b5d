package com.keyaccount.portal.appraisal;

/**
 * A participant of a cycle as the cycle view lists them.
 *
 * @param employeeId     the participant
 * @param employeeName   their name
 * @param employeeNo     their number
 * @param departmentName their department
 * @param positionTitle  their position, or null
 * @param reviewerId     their reviewer
 * @param reviewerName   the reviewer's name
 */
public record CycleParticipant(long employeeId, String employeeName, String employeeNo, String departmentName,
        String positionTitle, long reviewerId, String reviewerName) {
}
