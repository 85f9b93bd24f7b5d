package com.keyaccount.portal.appraisal.repository;

import com.keyaccount.portal.appraisal.FormStatus;
import com.keyaccount.portal.appraisal.ResultLevel;
import java.math.BigDecimal;

/**
 * The columns of a form the calibration view and the statement read, without its answers: what a cycle of thousands
 * of forms needs, read in one query.
 */
public record FormResultRow(long id, long employeeId, String employeeName, String employeeNo, long departmentId,
        String departmentName, String positionTitle, String reviewerName, FormStatus status, String sectionScores,
        BigDecimal total, ResultLevel level, BigDecimal previousTotal, ResultLevel previousLevel, Integer gradeChange,
        Integer suggestedGrade, long version) {
}
