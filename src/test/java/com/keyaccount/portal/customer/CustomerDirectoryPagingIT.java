package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keyset paging of the 客户一览表 (the export's stream) on both databases: page after page from the last row's sort
 * key gives exactly the rows, in exactly the order, that one offset page gives, for every sort order and direction,
 * with ties on the sort key (the same name, grade, status or date) and NULLs in it (no code, no grade, no follow-up).
 */
class CustomerDirectoryPagingIT extends AbstractIntegrationTest {

    /** Pages of two, so every tie and every NULL group is split across pages somewhere. */
    private static final int PAGE = 2;

    private static String tag;

    @Autowired
    CustomerDirectoryService directory;
    @Autowired
    CustomerService customers;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        if (tag != null) {
            return;
        }
        tag = DirectoryTestData.tag();
        DirectoryTestData data = new DirectoryTestData(customers, demo, jdbc);
        // {name, code, grade, status, last follow-up}: three equal names, NULL codes, grades and dates among ties
        Object[][] archives = {
            {"乙", null, null, "ACTIVE", null},
            {"甲", "KS1" + digits(), "A1", "ACTIVE", LocalDate.of(2026, 3, 1)},
            {"甲", null, "A1", "PROSPECT", LocalDate.of(2026, 3, 1)},
            {"甲", "KS2" + digits(), null, "ACTIVE", null},
            {"丙", "KS3" + digits(), "B2", "TERMINATED", LocalDate.of(2026, 1, 9)},
            {"乙", null, "A1", "ACTIVE", LocalDate.of(2026, 3, 1)},
            {"丁", "KS4" + digits(), "B2", "PROSPECT", null},
        };
        for (Object[] archive : archives) {
            long id = data.create(DemoUsers.EMPLOYEE, archive[0] + tag, Confidentiality.COMPANY);
            data.set(id, "code", archive[1]);
            data.set(id, "grade", archive[2]);
            data.set(id, "status", archive[3]);
            data.set(id, "last_follow_up_on", archive[4]);
        }
    }

    private static String digits() {
        return tag.replaceAll("\\D", "");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "name, ASC", "name, DESC", "code, ASC", "code, DESC", "grade, ASC", "grade, DESC", "status, ASC",
        "status, DESC", "lastFollowUpOn, ASC", "lastFollowUpOn, DESC"
    })
    void keysetPagesGiveTheOffsetPagesRowsInTheSameOrder(String property, Sort.Direction direction) {
        Sort sort = Sort.by(direction, property);
        CustomerFilter filter = new CustomerFilter(tag, Set.of(), null, Set.of(),
                EnumSet.allOf(CustomerStatus.class), null, null, null, null, false);
        List<Long> offsetOrder = demo.as(DemoUsers.MANAGER, () -> directory.find(filter,
                PageRequest.of(0, 100, sort))).stream().map(CustomerRow::id).toList();

        List<Long> keysetOrder = demo.as(DemoUsers.MANAGER, () -> {
            List<Long> ids = new ArrayList<>();
            CustomerRow last = null;
            List<CustomerRow> page;
            do {
                page = directory.rowsAfter(filter, sort, PAGE, last);
                page.forEach(row -> ids.add(row.id()));
                last = page.isEmpty() ? null : page.getLast();
            } while (page.size() == PAGE);
            return ids;
        });

        assertThat(offsetOrder).hasSize(7);
        assertThat(keysetOrder).containsExactlyElementsOf(offsetOrder);
    }
}
