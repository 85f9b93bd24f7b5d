package com.keyaccount.portal.approval;

import com.keyaccount.portal.approval.repository.ApprovalRequestRepository;
import com.keyaccount.portal.inbox.InboxContributor;
import com.keyaccount.portal.inbox.InboxTask;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The steps waiting for a person's decision, in 待我审批; each opens the request's detail page. */
@Component
class ApprovalInbox implements InboxContributor {

    private final ApprovalRequestRepository requests;
    private final ApprovalTypes types;

    ApprovalInbox(ApprovalRequestRepository requests, ApprovalTypes types) {
        this.requests = requests;
        this.types = types;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxTask> tasksFor(long employeeId) {
        return requests.findPendingSteps(employeeId).stream().map(step -> {
            ApprovalRequest request = step.getRequest();
            return new InboxTask(types.nameKey(request.getTypeKey()), "approval.inbox.title",
                    List.of(request.getObjectLabel(), step.getStepNo()), request.getRequesterName(),
                    step.getActivatedAt(), null, false, "approvals/" + request.getId());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(long employeeId) {
        return requests.countPendingSteps(employeeId);
    }
}
