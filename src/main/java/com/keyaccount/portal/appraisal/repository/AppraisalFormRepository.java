package com.keyaccount.portal.appraisal.repository;

import com.keyaccount.portal.appraisal.AppraisalForm;
import com.keyaccount.portal.appraisal.FormStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Appraisal forms (appraisal_form). */
public interface AppraisalFormRepository extends JpaRepository<AppraisalForm, Long> {

    /** One form with its cycle and template. */
    @Query("select f from AppraisalForm f join fetch f.cycle c join fetch f.template where f.id = :id")
    Optional<AppraisalForm> findDetailed(@Param("id") long id);

    /** One form, locked for the workflow step that changes it (opinions arrive in parallel). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from AppraisalForm f where f.id = :id")
    Optional<AppraisalForm> findForUpdate(@Param("id") long id);

    /** A person's own forms, newest cycle first (ix_appraisal_form_employee). */
    @Query("select f from AppraisalForm f join fetch f.cycle c join fetch f.template "
            + "where f.employeeId = :employee order by c.periodStart desc, f.id desc")
    List<AppraisalForm> findByEmployee(@Param("employee") long employeeId);

    /** Forms a reviewer is asked to act on (ix_appraisal_form_reviewer). */
    @Query("select f from AppraisalForm f join fetch f.cycle c join fetch f.template "
            + "where f.reviewerId = :reviewer and f.status in :statuses order by c.periodStart desc, f.id")
    List<AppraisalForm> findByReviewer(@Param("reviewer") long reviewerId,
            @Param("statuses") Collection<FormStatus> statuses);

    /** Forms an approver is asked to act on (ix_appraisal_form_approver). */
    @Query("select f from AppraisalForm f join fetch f.cycle c join fetch f.template "
            + "where f.approverId = :approver and f.status in :statuses order by c.periodStart desc, f.id")
    List<AppraisalForm> findByApprover(@Param("approver") long approverId,
            @Param("statuses") Collection<FormStatus> statuses);

    /** Forms of a person in their own state (the employee's DRAFT forms). */
    @Query("select f from AppraisalForm f join fetch f.cycle c join fetch f.template "
            + "where f.employeeId = :employee and f.status in :statuses order by c.periodStart desc, f.id")
    List<AppraisalForm> findByEmployeeAndStatus(@Param("employee") long employeeId,
            @Param("statuses") Collection<FormStatus> statuses);

    /** Every form of a cycle, or of its departments (ix_appraisal_form_cycle_department). */
    @Query("select f from AppraisalForm f where f.cycle.id = :cycle order by f.departmentName, f.employeeName, f.id")
    List<AppraisalForm> findByCycle(@Param("cycle") long cycleId);

    @Query("select f from AppraisalForm f where f.cycle.id = :cycle and f.departmentId in :departments "
            + "order by f.departmentName, f.employeeName, f.id")
    List<AppraisalForm> findByCycleAndDepartments(@Param("cycle") long cycleId,
            @Param("departments") Collection<Long> departmentIds);

    /** The result columns of every form of a cycle (ix_appraisal_form_cycle_department). */
    @Query("select new com.keyaccount.portal.appraisal.repository.FormResultRow(f.id, f.employeeId, f.employeeName, "
            + "f.employeeNo, f.departmentId, f.departmentName, f.positionTitle, f.reviewerName, f.status, "
            + "f.sectionScores, f.total, f.level, f.previousTotal, f.previousLevel, f.gradeChange, f.suggestedGrade, "
            + "f.version) from AppraisalForm f where f.cycle.id = :cycle")
    List<FormResultRow> findResultRows(@Param("cycle") long cycleId);

    /** The result columns of the forms of a cycle in some departments. */
    @Query("select new com.keyaccount.portal.appraisal.repository.FormResultRow(f.id, f.employeeId, f.employeeName, "
            + "f.employeeNo, f.departmentId, f.departmentName, f.positionTitle, f.reviewerName, f.status, "
            + "f.sectionScores, f.total, f.level, f.previousTotal, f.previousLevel, f.gradeChange, f.suggestedGrade, "
            + "f.version) from AppraisalForm f where f.cycle.id = :cycle and f.departmentId in :departments")
    List<FormResultRow> findResultRows(@Param("cycle") long cycleId,
            @Param("departments") Collection<Long> departmentIds);

    /** A participant's form in a cycle (上季结果 of the next cycle). */
    Optional<AppraisalForm> findByCycleIdAndEmployeeId(long cycleId, long employeeId);

    /** The forms of a cycle by the employees (上季结果 for many at once). */
    @Query("select f from AppraisalForm f where f.cycle.id = :cycle and f.employeeId in :employees")
    List<AppraisalForm> findByCycleAndEmployees(@Param("cycle") long cycleId,
            @Param("employees") Collection<Long> employeeIds);

    /** Forms of open cycles waiting at some states (the reminder job). */
    @Query("select f from AppraisalForm f join fetch f.cycle c where f.status in :statuses "
            + "and c.status = com.keyaccount.portal.appraisal.CycleStatus.OPEN")
    List<AppraisalForm> findOpenAt(@Param("statuses") Collection<FormStatus> statuses);

    long countByCycleId(long cycleId);

    long countByCycleIdAndStatus(long cycleId, FormStatus status);

    /** How many forms of each cycle are in a state: cycle id and count, one query for a whole cycle list. */
    @Query("select f.cycle.id, count(f) from AppraisalForm f where f.cycle.id in :cycles and f.status = :status "
            + "group by f.cycle.id")
    List<Object[]> countByCyclesAndStatus(@Param("cycles") Collection<Long> cycleIds,
            @Param("status") FormStatus status);
}
