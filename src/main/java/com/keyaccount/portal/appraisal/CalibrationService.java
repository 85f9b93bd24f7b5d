package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.security.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Calibration of a cycle by a department head: the distribution rule's warning ({@link DistributionRule}) and the
 * approval of many signed forms at once. Each form is approved in its own transaction through
 * {@link AppraisalFormService#approve}, with the version the head saw, so one refused form (changed meanwhile, seal
 * broken, not the head's) is reported and the others go on.
 */
@Service
public class CalibrationService {

    private final AppraisalQueryService queries;
    private final AppraisalFormService formService;

    CalibrationService(AppraisalQueryService queries, AppraisalFormService formService) {
        this.queries = queries;
        this.formService = formService;
    }

    /** The distribution warning for the cycle's results in the person's scope, if the rule is exceeded. */
    @PreAuthorize(Permissions.Appraisal.HAS_CALIBRATE)
    public Optional<DistributionRule.Warning> warning(long cycleId, Long departmentId) {
        return DistributionRule.check(queries.results(cycleId, departmentId, CycleResultsOrder.RANK));
    }

    /**
     * Approves the forms (id → the version the head saw). Refused as a whole when the distribution rule is exceeded
     * and not acknowledged.
     */
    @PreAuthorize(Permissions.Appraisal.HAS_CALIBRATE)
    public BulkApproval approveAll(long cycleId, Long departmentId, Map<Long, Long> versions,
            boolean distributionAcknowledged) {
        Optional<DistributionRule.Warning> warning = warning(cycleId, departmentId);
        if (warning.isPresent() && !distributionAcknowledged) {
            DistributionRule.Warning w = warning.get();
            throw new BusinessException("appraisal.calibration.distributionExceeded", w.percent().toPlainString(),
                    w.maxPercent().toPlainString());
        }
        List<Long> approved = new ArrayList<>();
        List<BulkApproval.Refusal> refused = new ArrayList<>();
        versions.forEach((formId, version) -> {
            try {
                formService.approve(formId, version);
                approved.add(formId);
            } catch (BusinessException e) {
                refused.add(new BulkApproval.Refusal(formId, e.messageKey(), List.of(e.arguments())));
            } catch (OptimisticLockingFailureException e) {
                refused.add(new BulkApproval.Refusal(formId, "appraisal.form.changed", List.of()));
            } catch (AccessDeniedException e) {
                refused.add(new BulkApproval.Refusal(formId, "appraisal.refused.hidden", List.of()));
            }
        });
        return new BulkApproval(approved, refused);
    }

    /**
     * What a bulk approval did.
     *
     * @param approved the forms approved
     * @param refused  the forms refused, each with the reason's message key and arguments
     */
    public record BulkApproval(List<Long> approved, List<Refusal> refused) {

        public BulkApproval {
            approved = List.copyOf(approved);
            refused = List.copyOf(refused);
        }

        /** One refused form. */
        public record Refusal(long formId, String messageKey, List<Object> arguments) {
        }
    }
}
