package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The 客户一览表's search by a Chinese name fragment through the name tokens (V3_8_7), on both databases. */
class CustomerNameTokenIT extends AbstractIntegrationTest {

    @Autowired
    CustomerDirectoryService directory;
    @Autowired
    CustomerService customers;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcTemplate jdbc;

    /** Ideographs no other test's archive has in this order: random ones from the rarer end of the block. */
    private static String rare(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(ThreadLocalRandom.current().nextInt(0x9400, 0x9FA0));
        }
        return text.toString();
    }

    private long create(String name) {
        return new DirectoryTestData(customers, demo, jdbc).create(DemoUsers.EMPLOYEE, name,
                Confidentiality.PERSONAL);
    }

    private List<Long> search(String text) {
        CustomerFilter filter = CustomerFilter.defaults().withText(text);
        return demo.as(DemoUsers.MANAGER, () -> {
            List<Long> ids = directory.find(filter, PageRequest.of(0, 500)).stream().map(CustomerRow::id).toList();
            assertThat(directory.count(filter)).isEqualTo(new DirectoryCount(ids.size(), false));
            return ids;
        });
    }

    private List<String> storedTokens(long id) {
        return jdbc.queryForList("select token from customer_name_token where customer_id = ?", String.class, id);
    }

    @Test
    void aFragmentAnywhereInTheNameIsFound() {
        String rare = rare(4);
        long id = create("宏达" + rare + "商贸有限公司");
        assertThat(search(rare.substring(1, 3))).containsExactly(id);
        assertThat(search(rare)).containsExactly(id);
        assertThat(search("达" + rare.substring(0, 2))).containsExactly(id);
        assertThat(search(rare.substring(2) + "商贸有限")).containsExactly(id);
        // legal-form words are not looked up, the LIKE still requires them
        assertThat(search(rare.substring(3) + "商贸有限公司")).containsExactly(id);
        assertThat(search(rare.substring(3) + "有限公司")).isEmpty();
        // one ideograph has no token: the names are scanned
        assertThat(search(rare.substring(3))).contains(id);
        assertThat(new HashSet<>(storedTokens(id))).isEqualTo(CustomerNames.nameTokens("宏达" + rare + "商贸有限公司"));
    }

    @Test
    void tokensThatAreNotAdjacentInTheNameDoNotMatch() {
        String[] c = rare(4).split("");
        // a b c b d: holds the tokens ab and bd, but not the text abd
        long id = create(c[0] + c[1] + c[2] + c[1] + c[3] + "有限公司");
        assertThat(search(c[0] + c[1] + c[3])).doesNotContain(id);
        assertThat(search(c[2] + c[1] + c[3])).containsExactly(id);
    }

    @Test
    void renamingTheArchiveMovesItsTokens() {
        String before = rare(4);
        String after = rare(4);
        long id = create(before + "贸易有限公司");
        demo.run(DemoUsers.EMPLOYEE, () -> {
            CustomerDraft draft = customers.loadDraft(id);
            draft.setName(after + "贸易有限公司");
            customers.update(id, draft);
        });
        assertThat(search(before)).doesNotContain(id);
        assertThat(search(after)).containsExactly(id);
        assertThat(new HashSet<>(storedTokens(id))).isEqualTo(CustomerNames.nameTokens(after + "贸易有限公司"));
    }

    @Test
    void savingOtherFieldsKeepsTheTokens() {
        String name = rare(4) + "贸易有限公司";
        long id = create(name);
        demo.run(DemoUsers.EMPLOYEE, () -> {
            CustomerDraft draft = customers.loadDraft(id);
            draft.setShortName("宏达贸易");
            customers.update(id, draft);
        });
        assertThat(new HashSet<>(storedTokens(id))).isEqualTo(CustomerNames.nameTokens(name));
        assertThat(search(name.substring(0, 4))).containsExactly(id);
    }
}
