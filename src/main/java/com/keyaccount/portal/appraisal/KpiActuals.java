package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.customer.CustomerActivityService;
import com.keyaccount.portal.customer.CustomerActivityService.CustomerActivity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * KPI actuals the portal knows itself, by the KPI's code in the template: 销售目标指标 (SALES_TARGET) from the monthly
 * sales lines the employee is responsible for, 市场开拓 (MARKET_DEVELOPMENT) from the customers they won, 客户管理
 * (CUSTOMER_MANAGEMENT) from their follow-ups, VISITS from their visits. Any other KPI is typed. A designer who wants
 * a new KPI filled from the portal gives it one of these codes. Daily-report counts join once that module exists.
 */
@Component
class KpiActuals {

    /** The codes filled from the portal, with their source. */
    static final Map<String, KpiSource> SOURCES = Map.of(
            "SALES_TARGET", KpiSource.SALES,
            "MARKET_DEVELOPMENT", KpiSource.NEW_CUSTOMERS,
            "CUSTOMER_MANAGEMENT", KpiSource.FOLLOW_UPS,
            "VISITS", KpiSource.VISITS);

    private final CustomerActivityService activity;

    KpiActuals(CustomerActivityService activity) {
        this.activity = activity;
    }

    /** The form's answers with every KPI the portal can count filled in, marked with its source. */
    FormAnswers fill(TemplateDefinition template, FormAnswers answers, long employeeId, LocalDate first,
            LocalDate last) {
        CustomerActivity counts = activity.activityOf(employeeId, first, last);
        FormAnswers filled = answers;
        for (KpiItem kpi : template.items().filter(KpiItem.class::isInstance).map(KpiItem.class::cast).toList()) {
            Optional<KpiSource> source = Optional.ofNullable(SOURCES.get(kpi.code()));
            if (source.isPresent()) {
                FormAnswers.KpiAnswer old = answers.kpi(kpi.code());
                filled = filled.withKpi(kpi.code(), new FormAnswers.KpiAnswer(old.target(),
                        valueOf(source.get(), counts), old.halfYearActual(), source.get()));
            }
        }
        return filled;
    }

    private static BigDecimal valueOf(KpiSource source, CustomerActivity counts) {
        return switch (source) {
            case SALES -> counts.sales();
            case NEW_CUSTOMERS -> BigDecimal.valueOf(counts.newCustomers());
            case FOLLOW_UPS -> BigDecimal.valueOf(counts.followUps());
            case VISITS -> BigDecimal.valueOf(counts.visits());
            case TYPED -> throw new IllegalArgumentException("typed KPIs are not counted");
        };
    }
}
