package com.keyaccount.portal.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs for every module, each run on one node at a time: ShedLock keeps a lock row per job in the
 * {@code shedlock} table of the portal's own database, timed by the database clock so nodes with skewed clocks agree.
 *
 * <p>A module adds a job as a method of one of its beans (not private, the bean not final): {@code @Scheduled} says
 * when, {@code @SchedulerLock} names the lock (prefix it with the module, keep it stable: it is the row's key) and
 * how long a crashed node may hold it; the body runs as the system actor through {@code security.SystemJobs},
 * because a job has no signed-in user but calls services guarded by {@code @PreAuthorize}. Cron times are business
 * times, so give the zone:
 *
 * <pre>{@code
 * @Component
 * class CustomerJobs {
 *
 *     private final CustomerService customers;
 *
 *     CustomerJobs(CustomerService customers) {
 *         this.customers = customers;
 *     }
 *
 *     @Scheduled(cron = "0 30 1 * * *", zone = "${portal.time-zone}")
 *     @SchedulerLock(name = "customer.releaseDormant", lockAtMostFor = "PT30M")
 *     void releaseDormantCustomers() {
 *         SystemJobs.run("customer.releaseDormant", customers::releaseDormant);
 *     }
 * }
 * }</pre>
 *
 * A job that may take longer than {@code lockAtMostFor} must raise it, or a second node starts the job while the
 * first still runs; a job shorter than the clock skew between nodes adds {@code lockAtLeastFor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
