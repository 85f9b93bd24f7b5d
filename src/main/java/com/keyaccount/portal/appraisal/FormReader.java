package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.org.EmployeeFacts;
import com.keyaccount.portal.org.EmployeeService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a form's entity into what the services return: its scores ({@link FormScoring}) with the employee's facts,
 * its seal ({@link FormSeal}) and whether the seal still holds, and the {@link Scorecard}.
 */
@Component
class FormReader {

    private final EmployeeService employees;

    FormReader(EmployeeService employees) {
        this.employees = employees;
    }

    List<OpinionEntry> opinions(AppraisalForm form) {
        return form.getOpinions().stream().map(AppraisalOpinion::toEntry).toList();
    }

    /** The form's scores from its answers and opinions. */
    FormScoring.FormResult score(AppraisalForm form) {
        Optional<EmployeeFacts> facts = employees.appraisalFacts(List.of(form.getEmployeeId())).stream().findFirst();
        FormScoring.Context context = new FormScoring.Context(facts.map(EmployeeFacts::education).orElse(null),
                facts.map(EmployeeFacts::hireDate).orElse(null), form.getCycle().getPeriodEnd(),
                form.getPreviousLevel(), facts.map(EmployeeFacts::salaryGrade).orElse(null));
        return FormScoring.score(form.getTemplate().definition(), form.answers(), opinions(form), context);
    }

    /** The form's content as it would be signed now (the kept total and level, so a changed column shows too). */
    FormSeal seal(AppraisalForm form) {
        TemplateDefinition template = form.getTemplate().definition();
        return new FormSeal(form.getId(), form.getCycle().getId(), form.getEmployeeId(), form.getReviewerId(),
                template.code(), template.version(), form.answers(), opinions(form), form.getTotal(), form.getLevel());
    }

    /** Whether the content still hashes to the signature in force; true for a form nobody has signed. */
    boolean sealIntact(AppraisalForm form) {
        return form.currentSignature(SignatureKind.SIGNED)
                .map(signature -> signature.getContentHash().equals(seal(form).hash()))
                .orElse(true);
    }

    /** The scorecard, with only the employee's own part when {@code selfOnly}. */
    Scorecard scorecard(AppraisalForm form, boolean selfOnly, Integer rank) {
        AppraisalCycle cycle = form.getCycle();
        TemplateDefinition template = form.getTemplate().definition();
        FormScoring.FormResult shown = selfOnly
                ? new FormScoring.FormResult(Map.of(), Map.of(), Map.of(), null, null, null, List.of())
                : score(form);
        return new Scorecard(form.getId(), cycle.getId(), cycle.getName(), cycle.getPeriodKind(),
                cycle.getPeriodStart(), cycle.getPeriodEnd(), template, form.getEmployeeName(),
                form.getEmployeeNo(), form.getDepartmentName(), form.getPositionTitle(), form.getReviewerName(),
                form.getStatus(), selfOnly ? form.answers().selfPart() : form.answers(),
                selfOnly ? List.of() : opinions(form), shown, selfOnly ? null : rank,
                selfOnly ? null : form.getPreviousTotal(), selfOnly ? null : form.getPreviousLevel(),
                form.currentSignature(SignatureKind.SIGNED).map(AppraisalSignature::toLine).orElse(null),
                form.currentSignature(SignatureKind.APPROVED).map(AppraisalSignature::toLine).orElse(null),
                sealIntact(form));
    }
}
