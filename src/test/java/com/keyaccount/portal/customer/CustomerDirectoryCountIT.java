package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.security.CurrentUser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 客户一览表's counts, kept briefly ({@link CustomerDirectoryCache}), on both databases: each reader gets the count
 * of their own statement (mine only is never another person's count, even when theirs is cached), and a new archive,
 * a changed owner or an overridden grade shows in the next count at once.
 */
class CustomerDirectoryCountIT extends AbstractIntegrationTest {

    @Autowired
    CustomerDirectoryService directory;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerGradeService grades;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentUser currentUser;

    private DirectoryTestData data;

    @BeforeEach
    void data() {
        data = new DirectoryTestData(customers, demo, jdbc);
    }

    private long count(String login, CustomerFilter filter) {
        DirectoryCount count = demo.as(login, () -> directory.count(filter));
        assertThat(count.atLeast()).isFalse();
        return count.rows();
    }

    private static CustomerFilter mine(String tag) {
        return new CustomerFilter(tag, Set.of(), null, Set.of(), Set.of(), null, null, null, null, true);
    }

    private static CustomerFilter ownedBy(String tag, long ownerId) {
        return new CustomerFilter(tag, Set.of(), null, Set.of(), Set.of(), null, null, ownerId, null, false);
    }

    @Test
    void mineOnlyCountsEachReadersOwnArchivesWhileTheOtherCountIsCached() {
        String tag = DirectoryTestData.tag();
        data.create(DemoUsers.EMPLOYEE, "泉州甲" + tag, Confidentiality.COMPANY);
        data.create(DemoUsers.EMPLOYEE, "泉州乙" + tag, Confidentiality.COMPANY);
        data.create(DemoUsers.MANAGER, "泉州丙" + tag, Confidentiality.COMPANY);

        for (int round = 0; round < 2; round++) {
            assertThat(count(DemoUsers.EMPLOYEE, mine(tag))).isEqualTo(2);
            assertThat(count(DemoUsers.MANAGER, mine(tag))).isEqualTo(1);
            assertThat(count(DemoUsers.GENERAL_MANAGER, mine(tag))).isZero();
        }
        assertThat(count(DemoUsers.GENERAL_MANAGER, CustomerFilter.defaults().withText(tag))).isEqualTo(3);
    }

    @Test
    void aCountOnGradeRegionAndNatureReadsTheFilterIndexAndMatchesTheRows() {
        long region = jdbc.queryForObject("select min(id) from customer_region", Long.class);
        long id = data.create(DemoUsers.EMPLOYEE, "三明甲" + DirectoryTestData.tag(), Confidentiality.COMPANY);
        data.set(id, "grade", "A1");
        data.set(id, "region_id", region);
        CustomerFilter filter = new CustomerFilter(null, Set.of(Grade.A1, Grade.B1), null, Set.of(region), Set.of(),
                CustomerNature.END_CUSTOMER, null, null, null, false);

        List<Long> rows = demo.as(DemoUsers.MANAGER, () -> directory.find(filter, PageRequest.of(0, 1000)))
                .stream().map(CustomerRow::id).toList();

        assertThat(rows).contains(id).hasSizeLessThan(1000);
        assertThat(count(DemoUsers.MANAGER, filter)).isEqualTo(rows.size());
    }

    @Test
    void aNewArchiveIsCountedAtOnce() {
        String tag = DirectoryTestData.tag();
        CustomerFilter filter = CustomerFilter.defaults().withText(tag);
        data.create(DemoUsers.EMPLOYEE, "漳州甲" + tag, Confidentiality.COMPANY);
        assertThat(count(DemoUsers.EMPLOYEE, filter)).isEqualTo(1);
        assertThat(count(DemoUsers.MANAGER, filter)).isEqualTo(1);

        data.create(DemoUsers.EMPLOYEE, "漳州乙" + tag, Confidentiality.COMPANY);

        assertThat(count(DemoUsers.MANAGER, filter)).isEqualTo(2);
    }

    @Test
    void aNewOwnerIsCountedAtOnce() {
        String tag = DirectoryTestData.tag();
        long id = data.create(DemoUsers.EMPLOYEE, "莆田甲" + tag, Confidentiality.PERSONAL);
        long employee = demo.as(DemoUsers.EMPLOYEE, () -> currentUser.require().employeeId());
        long manager = demo.as(DemoUsers.MANAGER, () -> currentUser.require().employeeId());
        assertThat(count(DemoUsers.MANAGER, ownedBy(tag, employee))).isEqualTo(1);
        assertThat(count(DemoUsers.MANAGER, ownedBy(tag, manager))).isZero();

        demo.as(DemoUsers.MANAGER, () -> {
            CustomerDraft draft = customers.loadDraft(id);
            draft.setOwnerId(manager);
            customers.update(id, draft);
            return null;
        });

        assertThat(count(DemoUsers.MANAGER, ownedBy(tag, employee))).isZero();
        assertThat(count(DemoUsers.MANAGER, ownedBy(tag, manager))).isEqualTo(1);
    }

    @Test
    void anOverriddenGradeIsCountedAtOnce() {
        String tag = DirectoryTestData.tag();
        long id = data.create(DemoUsers.EMPLOYEE, "宁德甲" + tag, Confidentiality.PERSONAL);
        CustomerFilter gradeA1 = new CustomerFilter(tag, Set.of(Grade.A1), null, Set.of(), Set.of(), null, null,
                null, null, false);
        assertThat(count(DemoUsers.MANAGER, gradeA1)).isZero();

        demo.as(DemoUsers.MANAGER, () -> {
            grades.override(id, GradeScheme.GRADE, "A1", "年度协议已签");
            return null;
        });

        assertThat(count(DemoUsers.MANAGER, gradeA1)).isEqualTo(1);
    }
}
