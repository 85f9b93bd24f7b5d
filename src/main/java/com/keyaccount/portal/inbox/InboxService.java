package com.keyaccount.portal.inbox;

import com.keyaccount.portal.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The inbox (待我审批): every {@link InboxContributor}'s tasks for the signed-in person, overdue first, then by due
 * day and arrival. A contributor that fails is logged and left out, so one broken module does not empty the inbox.
 * Deliberately not transactional: each contributor runs in its own transaction, so a failing one cannot mark a shared
 * transaction rollback-only and take the others down with it.
 */
@Service
public class InboxService {

    private static final Logger log = LoggerFactory.getLogger(InboxService.class);

    private static final Comparator<InboxTask> URGENT_FIRST = Comparator.comparing(InboxTask::overdue).reversed()
            .thenComparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxTask::since);

    private final ObjectProvider<InboxContributor> contributors;
    private final CurrentUser currentUser;

    InboxService(ObjectProvider<InboxContributor> contributors, CurrentUser currentUser) {
        this.contributors = contributors;
        this.currentUser = currentUser;
    }

    /** The signed-in person's tasks, most urgent first. */
    @PreAuthorize("isAuthenticated()")
    public List<InboxTask> myTasks() {
        long employeeId = currentUser.require().employeeId();
        return contributors.orderedStream().flatMap(contributor -> tasksOf(contributor, employeeId))
                .sorted(URGENT_FIRST).toList();
    }

    /** How many tasks wait for the signed-in person (the menu badge). */
    @PreAuthorize("isAuthenticated()")
    public long myCount() {
        long employeeId = currentUser.require().employeeId();
        return contributors.orderedStream().mapToLong(contributor -> countOf(contributor, employeeId)).sum();
    }

    private Stream<InboxTask> tasksOf(InboxContributor contributor, long employeeId) {
        try {
            return contributor.tasksFor(employeeId).stream();
        } catch (RuntimeException e) {
            log.error("Inbox contributor {} failed", contributor.getClass().getName(), e);
            return Stream.empty();
        }
    }

    private long countOf(InboxContributor contributor, long employeeId) {
        try {
            return contributor.countFor(employeeId);
        } catch (RuntimeException e) {
            log.error("Inbox contributor {} failed to count", contributor.getClass().getName(), e);
            return 0;
        }
    }
}
