package com.keyaccount.portal.customer;

import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.workbench.WorkbenchCard;
import com.keyaccount.portal.workbench.WorkbenchLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Workbench: 我的客户 by grade (001 一篇 第3条), each line leading to the directory. */
@Component
@PreAuthorize("isAuthenticated()")
@Order(20)
public class MyCustomersCard implements WorkbenchCard {

    private final CustomerAnalysisService analysis;

    MyCustomersCard(CustomerAnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public String titleKey() {
        return "customer.card.myCustomers";
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permissions.Customer.READ);
    }

    @Override
    @PreAuthorize(Permissions.Customer.HAS_READ)
    public List<WorkbenchLine> linesFor(long employeeId) {
        Map<Grade, Long> counts = analysis.myCustomersByGrade(employeeId);
        List<WorkbenchLine> lines = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            if (counts.containsKey(grade)) {
                lines.add(WorkbenchLine.link("customer.card.gradeLine", "customers", "#customer.grade." + grade.name(),
                        counts.get(grade)));
            }
        }
        if (counts.containsKey(null)) {
            lines.add(WorkbenchLine.link("customer.card.ungradedLine", "customers", counts.get(null)));
        }
        return lines;
    }
}
