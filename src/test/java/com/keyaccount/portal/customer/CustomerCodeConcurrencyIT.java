package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customer codes drawn in parallel (000 大客户开发选择制度 第十一条): never the same code twice, none lost to a race. */
class CustomerCodeConcurrencyIT extends AbstractIntegrationTest {

    private static final int THREADS = 8;

    @Autowired
    LifecycleFixtures fixtures;
    @Autowired
    CustomerLifecycleService lifecycle;
    @Autowired
    ContractService contracts;
    @Autowired
    CustomerService customers;
    @Autowired
    DemoUsers demo;

    @Test
    void eightActivationsAtOnceGetEightDifferentCodes() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long id = fixtures.prospect("并发测试客户" + i + "号");
            fixtures.force(id, CustomerStatus.SURVEYING, CustomerStatus.PENDING_APPROVAL, CustomerStatus.CONTRACTING);
            demo.run(DemoUsers.EMPLOYEE, () -> contracts.save(id,
                    LifecycleFixtures.contract(ContractKind.VIP_AGREEMENT, "VIP-" + id)));
            ids.add(id);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> codes = new ArrayList<>();
            for (long id : ids) {
                codes.add(pool.submit(() -> {
                    start.await();
                    return demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.activate(id));
                }));
            }
            start.countDown();
            List<String> assigned = new ArrayList<>();
            for (Future<String> code : codes) {
                assigned.add(code.get(60, TimeUnit.SECONDS));
            }
            assertThat(assigned).hasSize(THREADS).doesNotHaveDuplicates()
                    .allMatch(code -> code.matches("KA\\d{4}\\d{5}"));
            for (int i = 0; i < THREADS; i++) {
                long id = ids.get(i);
                CustomerArchive archive = demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id));
                assertThat(archive.status()).isEqualTo(CustomerStatus.ACTIVE);
                assertThat(archive.code()).isEqualTo(assigned.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
