package com.keyaccount.portal.customer;

import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.FollowUpRepository;
import com.keyaccount.portal.customer.repository.MonthlySaleRepository;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's customer work in a period, counted from the directory for the KPI actuals of the appraisal forms (000
 * 区域经理月度考核表 市场开拓 and 客户管理, 销售代表月度考核表 销售目标): customers won, follow-ups and visits recorded, and the sales
 * of the monthly report lines (002 客户销售信息月报表) they are responsible for. Numbers only, no archive content, so the
 * confidentiality matrix does not apply; the appraisal module decides who may see a form.
 */
@Service
@Transactional(readOnly = true)
public class CustomerActivityService {

    private final CustomerRepository customers;
    private final FollowUpRepository followUps;
    private final MonthlySaleRepository sales;

    CustomerActivityService(CustomerRepository customers, FollowUpRepository followUps, MonthlySaleRepository sales) {
        this.customers = customers;
        this.followUps = followUps;
        this.sales = sales;
    }

    /**
     * The person's counts for the days from {@code first} to {@code last}, both included.
     *
     * @param employeeId the person
     * @param first      the period's first day
     * @param last       the period's last day
     */
    @PreAuthorize(Permissions.Appraisal.HAS_USE)
    public CustomerActivity activityOf(long employeeId, LocalDate first, LocalDate last) {
        LocalDate end = last.plusDays(1);
        long won = customers.countByOwnerEmployeeIdAndCodeIsNotNullAndTradeSinceBetween(employeeId, first, last);
        long recorded = followUps.countByStaffInPeriod(employeeId, first, end);
        long visits = followUps.countByStaffAndKindInPeriod(employeeId, first, end,
                EnumSet.of(FollowUpKind.VISIT, FollowUpKind.RECEPTION));
        BigDecimal amount = sales.sumByResponsibleInPeriod(employeeId, first.withDayOfMonth(1), end);
        return new CustomerActivity(won, recorded, visits, amount);
    }

    /**
     * A person's customer work in a period.
     *
     * @param newCustomers customers whose trade began (customer code assigned) in the period, owned by the person
     * @param followUps    follow-ups the person recorded that happened in the period
     * @param visits       visits and receptions among them
     * @param sales        the sales amount (CNY) of the monthly lines the person is responsible for
     */
    public record CustomerActivity(long newCustomers, long followUps, long visits, BigDecimal sales) {
    }
}
