package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The nightly grade job runs as the system under its lock and regrades customers whose sales changed unseen. */
class GradeRecomputeJobIT extends AbstractIntegrationTest {

    @Autowired
    GradeRecomputeJob job;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerGradeService grades;
    @Autowired
    GradeTestSupport support;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNightlyJobRegradesAsTheSystemUnderItsLock() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.GOOD);
        LocalDate month = support.lastMonth().atDay(1);
        // a line written behind the service's back (as a bulk load would): nothing recomputed it yet
        jdbc.update("""
                insert into customer_monthly_sale (customer_id, version, sales_month, product, amount, discount,
                    gross_profit) values (?, 0, ?, ?, ?, 0, ?)
                """, id, month, "批量导入", 1200000, 120000);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id)).grade()).isNull();

        job.run();

        CustomerArchive archive = demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id));
        assertThat(archive.grade()).isEqualTo(Grade.A1);
        assertThat(archive.rating()).isEqualTo(Rating.AAA);
        List<GradeHistoryEntry> history = demo.as(DemoUsers.EMPLOYEE, () -> grades.findHistory(id));
        assertThat(history).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.bySystem()).isTrue();
            assertThat(entry.actorName()).isEqualTo("system");
        });
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                GradeRecomputeJob.NAME)).isEqualTo(1);
    }
}
