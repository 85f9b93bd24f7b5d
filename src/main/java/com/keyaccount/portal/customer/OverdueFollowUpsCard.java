package com.keyaccount.portal.customer;

import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.workbench.WorkbenchCard;
import com.keyaccount.portal.workbench.WorkbenchLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * 跟进逾期 / Follow-ups overdue: how many of the person's archives (and their team's) had no follow-up within the
 * reminder period, and the five waiting longest. The workbench asks for the signed-in person only.
 */
@Component
@Order(120)
class OverdueFollowUpsCard implements WorkbenchCard {

    static final int TOP = 5;

    private final FollowUpService followUps;

    OverdueFollowUpsCard(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public String titleKey() {
        return "customer.card.overdue";
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permissions.Customer.READ);
    }

    @Override
    public List<WorkbenchLine> linesFor(long employeeId) {
        int days = followUps.overdueDays();
        long count = followUps.countOverdue(days);
        if (count == 0) {
            return List.of();
        }
        List<WorkbenchLine> lines = new ArrayList<>();
        lines.add(new WorkbenchLine("customer.card.overdueCount", List.of(count, days), "follow-ups/overdue", true));
        for (OverdueCustomer c : followUps.findOverdue(days, PageRequest.of(0, TOP))) {
            lines.add(c.daysSince() == null
                    ? WorkbenchLine.link("customer.card.overdueNever", "customers/" + c.id(), c.name())
                    : WorkbenchLine.link("customer.card.overdueSince", "customers/" + c.id(), c.name(), c.daysSince()));
        }
        return lines;
    }
}
