package com.keyaccount.portal.inbox;

import java.util.List;

/**
 * A module's share of the inbox (待我审批): the tasks waiting for a person, such as approvals and appraisals to
 * score. Implement it as a Spring bean at the module's root; {@link InboxService} asks every contributor for the
 * signed-in person only and skips one that fails. A contributor checks its own rules (data scope, delegations)
 * for that person.
 */
public interface InboxContributor {

    /** The tasks waiting for the employee, in any order. */
    List<InboxTask> tasksFor(long employeeId);

    /** How many tasks wait for the employee; override with a count query when the list is expensive. */
    default long countFor(long employeeId) {
        return tasksFor(employeeId).size();
    }
}
