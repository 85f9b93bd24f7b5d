package com.keyaccount.portal.inbox;

import com.keyaccount.portal.workbench.WorkbenchCard;
import com.keyaccount.portal.workbench.WorkbenchLine;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Workbench: 待我审批, the count and the three most urgent tasks, each leading to where it is handled. */
@Component
@PreAuthorize("isAuthenticated()")
@Order(10)
public class InboxWorkbenchCard implements WorkbenchCard {

    private static final int SHOWN = 3;

    private final InboxService inbox;

    InboxWorkbenchCard(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public String titleKey() {
        return "inbox.card.title";
    }

    @Override
    public List<WorkbenchLine> linesFor(long employeeId) {
        List<InboxTask> tasks = inbox.myTasks();
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<WorkbenchLine> lines = new ArrayList<>();
        lines.add(new WorkbenchLine("inbox.card.count", List.of(tasks.size()), "inbox",
                tasks.stream().anyMatch(InboxTask::overdue)));
        tasks.stream().limit(SHOWN).forEach(task -> {
            List<Object> args = new ArrayList<>();
            args.add("#" + task.typeKey());
            args.addAll(task.titleArgs());
            lines.add(new WorkbenchLine("inbox.card.task", args, task.route(), task.overdue()));
        });
        return lines;
    }
}
