package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.MonthlySaleRepository;
import com.keyaccount.portal.security.CurrentUser;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 客户构成分析 and the workbench counts, over each person's data scope, on both databases. */
class CustomerAnalysisIT extends AbstractIntegrationTest {

    @Autowired
    CustomerAnalysisService analysis;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository customerRepository;
    @Autowired
    MonthlySaleRepository sales;
    @Autowired
    DemoUsers demo;
    @Autowired
    CurrentUser currentUser;

    private static final YearMonth MAY = YearMonth.of(2026, 5);

    private long customerOfZhangwei(String industry, Grade grade, String... amounts) {
        CustomerDraft draft = CustomerFixtures.draft("泉州刺桐茶业有限公司" + System.nanoTime());
        draft.setIndustry(industry);
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
        Customer customer = customerRepository.findById(id).orElseThrow();
        customer.setGrade(grade);
        customerRepository.save(customer);
        for (int i = 0; i < amounts.length; i++) {
            MonthlySale line = new MonthlySale(customer, MAY.plusMonths(i), "茶叶礼盒");
            line.setAmount(new BigDecimal(amounts[i]));
            line.setGrossProfit(new BigDecimal(amounts[i]).divide(BigDecimal.TEN));
            sales.save(line);
        }
        return id;
    }

    private Optional<CompositionSlice> slice(String login, String industry, YearMonth from, YearMonth to) {
        return demo.as(login, () -> analysis.compose(CompositionDimension.INDUSTRY, from, to)).stream()
                .filter(s -> industry.equals(s.key())).findFirst();
    }

    @Test
    void salesInThePeriodAreSummedPerSliceForThoseWhoseScopeCoversTheCustomers() {
        String industry = "茶叶" + System.nanoTime();
        customerOfZhangwei(industry, Grade.B1, "12000.50", "8000.25", "5000.00");
        customerOfZhangwei(industry, Grade.B2, "1000.00");

        CompositionSlice all = slice(DemoUsers.GENERAL_MANAGER, industry, MAY, MAY.plusMonths(2)).orElseThrow();
        assertThat(all.customers()).isEqualTo(2);
        assertThat(all.sales()).isEqualByComparingTo("26000.75");
        CompositionSlice june = slice(DemoUsers.MANAGER, industry, MAY.plusMonths(1), MAY.plusMonths(1))
                .orElseThrow();
        assertThat(june.sales()).isEqualByComparingTo("8000.25");
        assertThat(slice(DemoUsers.EMPLOYEE, industry, MAY, MAY).orElseThrow().sales())
                .isEqualByComparingTo("13000.50");
        assertThat(slice("zhoujie", industry, MAY, MAY.plusMonths(2))).isEmpty();
        assertThat(slice("zhaomin", industry, MAY, MAY.plusMonths(2))).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE,
                () -> analysis.compose(CompositionDimension.GRADE, MAY, MAY.minusMonths(1))))
                .isInstanceOf(BusinessException.class).hasMessage("customer.analysis.period");
    }

    @Test
    void myCustomersAreCountedByGradeAndTheDevelopmentPipelineByStage() {
        Map<Grade, Long> before = demo.as(DemoUsers.EMPLOYEE,
                () -> analysis.myCustomersByGrade(employeeIdOf(DemoUsers.EMPLOYEE)));
        Map<CustomerStatus, Long> pipelineBefore = demo.as(DemoUsers.MANAGER, analysis::developmentPipeline);
        customerOfZhangwei("五金" + System.nanoTime(), Grade.A1);
        Map<Grade, Long> after = demo.as(DemoUsers.EMPLOYEE,
                () -> analysis.myCustomersByGrade(employeeIdOf(DemoUsers.EMPLOYEE)));
        assertThat(after.get(Grade.A1)).isEqualTo(before.getOrDefault(Grade.A1, 0L) + 1);
        Map<CustomerStatus, Long> pipeline = demo.as(DemoUsers.MANAGER, analysis::developmentPipeline);
        assertThat(pipeline.get(CustomerStatus.PROSPECT))
                .isEqualTo(pipelineBefore.getOrDefault(CustomerStatus.PROSPECT, 0L) + 1);
        assertThat(demo.as("zhoujie", analysis::developmentPipeline).keySet())
                .isSubsetOf(List.of(CustomerStatus.values()));
    }

    private long employeeIdOf(String login) {
        return demo.as(login, () -> currentUser.require().employeeId());
    }
}
