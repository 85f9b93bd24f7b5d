package com.keyaccount.portal.customer;

import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.workbench.WorkbenchCard;
import com.keyaccount.portal.workbench.WorkbenchLine;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 补录的拜访 / Late visit records: the person's visits and receptions of this month that were recorded after their day
 * (004 第二章 三 當天更新; each is fined under §4.5), the newest five with a link to the archive.
 */
@Component
@Order(121)
class LateVisitsCard implements WorkbenchCard {

    private final FollowUpService followUps;
    private final Clock clock;
    private final ZoneId zone;

    LateVisitsCard(FollowUpService followUps, Clock clock, ZoneId businessZone) {
        this.followUps = followUps;
        this.clock = clock;
        this.zone = businessZone;
    }

    @Override
    public String titleKey() {
        return "customer.card.late";
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permissions.Customer.READ);
    }

    @Override
    public List<WorkbenchLine> linesFor(long employeeId) {
        List<LateRecord> late = followUps.findLateRecords(YearMonth.now(clock.withZone(zone)));
        if (late.isEmpty()) {
            return List.of();
        }
        List<WorkbenchLine> lines = new ArrayList<>();
        lines.add(new WorkbenchLine("customer.card.lateCount", List.of(late.size()), null, true));
        late.stream().limit(OverdueFollowUpsCard.TOP).forEach(r -> lines.add(WorkbenchLine.link(
                "customer.card.lateLine." + r.kind().name(), "customers/" + r.customerId(), r.customerName(),
                r.occurredOn().toString())));
        return lines;
    }
}
