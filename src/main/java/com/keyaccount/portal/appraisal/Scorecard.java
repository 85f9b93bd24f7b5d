package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One appraisal form as it is printed and shown (考核表 / 评分卡): header, the template version it keeps, everything
 * written on it, the opinions, its scores, rank and previous result, and the signature block with the state of the
 * seal. Read through {@code AppraisalQueryService}, which applies who may see the form.
 *
 * @param formId          the form
 * @param cycleId         its cycle
 * @param cycleName       the cycle's name, e.g. 2026年第三季度大客户部考核
 * @param period          month, quarter, half-year or year
 * @param periodStart     first day of the period
 * @param periodEnd       last day of the period
 * @param template        the template version the form keeps
 * @param employeeName    the appraised employee
 * @param employeeNo      their number
 * @param departmentName  their department when the cycle opened
 * @param position        their position (职位), or null
 * @param reviewerName    the reviewer (the manager)
 * @param status          where the form stands
 * @param answers         what is written on it
 * @param opinions        the related departments' opinions, in the template's order
 * @param result          its scores as far as known
 * @param rank            rank by total in its cycle and department (1 = best), or null while unscored
 * @param previousTotal   the previous cycle's total (上季结果), or null
 * @param previousLevel   the previous cycle's level, or null
 * @param signature       the manager's signature (签字), or null before signing
 * @param approval        the department head's approval (审批), or null before approval
 * @param sealIntact      whether the current content still hashes to the signature's hash (true when unsigned)
 */
public record Scorecard(long formId, long cycleId, String cycleName, PeriodKind period, LocalDate periodStart,
        LocalDate periodEnd, TemplateDefinition template, String employeeName, String employeeNo,
        String departmentName, String position, String reviewerName, FormStatus status, FormAnswers answers,
        List<OpinionEntry> opinions, FormScoring.FormResult result, Integer rank, BigDecimal previousTotal,
        ResultLevel previousLevel, SignatureLine signature, SignatureLine approval, boolean sealIntact) {

    public Scorecard {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(answers, "answers");
        opinions = List.copyOf(opinions);
        Objects.requireNonNull(result, "result");
    }

    /**
     * Who signed or approved, when, and the content hash at that moment.
     *
     * @param name the signer's display name
     * @param at   when
     * @param hash the SHA-256 of the canonical content ({@link FormSeal}) at that moment
     */
    public record SignatureLine(String name, Instant at, String hash) {
    }
}
