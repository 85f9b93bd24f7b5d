package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.inbox.InboxContributor;
import com.keyaccount.portal.inbox.InboxTask;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appraisal forms waiting for a person in the inbox (待我审批): self-assessments to write, forms to score and
 * sign, opinions to give, approvals, each with its step's due date and overdue marking.
 */
@Component
class AppraisalInbox implements InboxContributor {

    private final AppraisalFormService forms;
    private final AppraisalActors actors;

    AppraisalInbox(AppraisalFormService forms, AppraisalActors actors) {
        this.forms = forms;
        this.actors = actors;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxTask> tasksFor(long employeeId) {
        return forms.waitingFor(actors.current()).stream().map(form -> {
            LocalDate due = form.getCycle().dueFor(form.getStatus());
            return new InboxTask("appraisal.inbox.type", "appraisal.inbox." + form.getStatus().name(),
                    List.of(form.getEmployeeName(), form.getCycle().getName()), form.getEmployeeName(),
                    form.getUpdatedAt(), due, forms.isOverdue(due), AppraisalFormService.route(form));
        }).toList();
    }
}
