package com.keyaccount.portal.customer;

import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.workbench.WorkbenchCard;
import com.keyaccount.portal.workbench.WorkbenchLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Workbench: archives in development by stage (000 大客户开发选择制度: prospect, survey, 交易开始调查书 approval,
 * contracts) within the person's data scope; a stopped survey is shown for attention.
 */
@Component
@PreAuthorize("isAuthenticated()")
@Order(22)
public class DevelopmentPipelineCard implements WorkbenchCard {

    private final CustomerAnalysisService analysis;

    DevelopmentPipelineCard(CustomerAnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public String titleKey() {
        return "customer.card.pipeline";
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permissions.Customer.READ);
    }

    @Override
    @PreAuthorize(Permissions.Customer.HAS_READ)
    public List<WorkbenchLine> linesFor(long employeeId) {
        Map<CustomerStatus, Long> counts = analysis.developmentPipeline();
        return CustomerAnalysisService.DEVELOPMENT_STAGES.stream().filter(counts::containsKey)
                .map(stage -> new WorkbenchLine("customer.card.stageLine",
                        List.of("#customer.status." + stage.name(), counts.get(stage)), "customers",
                        stage == CustomerStatus.SURVEY_STOPPED))
                .toList();
    }
}
