package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The 客户一览表 on both databases: search (pinyin, polyphones, contacts), filters, sorts, default statuses, rows. */
class CustomerDirectoryIT extends AbstractIntegrationTest {

    @Autowired
    CustomerDirectoryService directory;
    @Autowired
    CustomerService customers;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcTemplate jdbc;

    private DirectoryTestData data;

    @BeforeEach
    void data() {
        data = new DirectoryTestData(customers, demo, jdbc);
    }

    private List<CustomerRow> find(String login, CustomerFilter filter) {
        return demo.as(login, () -> directory.find(filter, PageRequest.of(0, 500)));
    }

    private List<Long> ids(String login, CustomerFilter filter) {
        return find(login, filter).stream().map(CustomerRow::id).toList();
    }

    private static CustomerFilter text(String text) {
        return CustomerFilter.defaults().withText(text);
    }

    @ParameterizedTest(name = "{1} finds {0}")
    @CsvSource({
        "华为技术有限公司, hw", "华为技术有限公司, huawei", "华为技术有限公司, HuaWei",
        "深圳华为通信有限公司, szhw", "重庆百货大楼股份有限公司, chongqing", "重庆百货大楼股份有限公司, cqbh",
        "长沙银行股份有限公司, changshayinhang", "长沙银行股份有限公司, csyh", "厦门航空有限公司, xiamen",
        "蚌埠银行股份有限公司, bengbu"
    })
    void pinyinFullOrInitialsFindsTheNameWithPolyphonesRight(String name, String search) {
        long id = data.create(DemoUsers.EMPLOYEE, name + data.tagLessSuffix(), Confidentiality.PERSONAL);
        assertThat(ids(DemoUsers.MANAGER, text(search))).contains(id);
    }

    @Test
    void wrongReadingsOfPolyphonesFindNothing() {
        String tag = DirectoryTestData.tag();
        long id = data.create(DemoUsers.EMPLOYEE, "重庆长沙厦门" + tag, Confidentiality.PERSONAL);
        assertThat(ids(DemoUsers.EMPLOYEE, text("zhongqing"))).doesNotContain(id);
        assertThat(ids(DemoUsers.EMPLOYEE, text("zhangsha"))).doesNotContain(id);
        assertThat(ids(DemoUsers.EMPLOYEE, text("shamen"))).doesNotContain(id);
    }

    @Test
    void nameShortNameCodeCreditCodeAndContactsAreSearched() {
        String tag = DirectoryTestData.tag();
        long id = data.create(DemoUsers.EMPLOYEE, "福州闽江贸易有限公司" + tag, Confidentiality.COMPANY);
        data.set(id, "short_name", "闽江" + tag);
        data.set(id, "code", "KA9" + tag.replaceAll("\\D", ""));
        String creditCode = jdbc.queryForObject("select credit_code from customer where id = ?", String.class, id);
        data.contact(id, "欧阳" + tag, "0591-7" + tag.replaceAll("\\D", ""), "139" + tag.replaceAll("\\D", ""));

        assertThat(ids(DemoUsers.MANAGER, text(tag))).containsExactly(id);
        assertThat(ids(DemoUsers.MANAGER, text("闽江" + tag))).containsExactly(id);
        assertThat(ids(DemoUsers.MANAGER, text("ka9" + tag.replaceAll("\\D", "")))).containsExactly(id);
        assertThat(ids(DemoUsers.MANAGER, text(creditCode.substring(0, 17).toLowerCase()))).contains(id);
        assertThat(ids(DemoUsers.MANAGER, text("欧阳" + tag))).containsExactly(id);
        assertThat(ids(DemoUsers.MANAGER, text("0591-7" + tag.replaceAll("\\D", "")))).containsExactly(id);
        assertThat(ids(DemoUsers.MANAGER, text("139" + tag.replaceAll("\\D", "")))).containsExactly(id);
    }

    @Test
    void likeWildcardsAreSearchedLiterally() {
        String tag = DirectoryTestData.tag();
        long id = data.create(DemoUsers.EMPLOYEE, "百分之百_%" + tag, Confidentiality.PERSONAL);
        data.create(DemoUsers.EMPLOYEE, "百分之百xx" + tag, Confidentiality.PERSONAL);
        assertThat(ids(DemoUsers.EMPLOYEE, text("百_%" + tag))).containsExactly(id);
    }

    @Test
    void aStrangerSeesTheRowButMayNotOpenTheArchive() {
        String tag = DirectoryTestData.tag();
        long id = data.create(DemoUsers.EMPLOYEE, "温州瓯江电器有限公司" + tag, Confidentiality.PERSONAL);
        CustomerRow stranger = find("zhaomin", text(tag)).getFirst();
        assertThat(stranger.id()).isEqualTo(id);
        assertThat(stranger.openable()).isFalse();
        assertThat(stranger.ownerName()).isEqualTo("张伟");
        assertThat(stranger.departmentName()).isEqualTo("大客户一组");
        assertThat(stranger.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(find(DemoUsers.EMPLOYEE, text(tag)).getFirst().openable()).isTrue();
        assertThat(find(DemoUsers.MANAGER, text(tag)).getFirst().openable()).isTrue();
        assertThat(find(DemoUsers.GENERAL_MANAGER, text(tag)).getFirst().openable()).isTrue();
        assertThat(find("sunli", text(tag)).getFirst().openable()).isFalse();
    }

    @Test
    void endedArchivesLeaveTheDefaultDirectoryButAreFoundByStatus() {
        String tag = DirectoryTestData.tag();
        long active = data.create(DemoUsers.EMPLOYEE, "宁波港通物流有限公司" + tag, Confidentiality.PERSONAL);
        long ended = data.create(DemoUsers.EMPLOYEE, "宁波港通贸易有限公司" + tag, Confidentiality.PERSONAL);
        data.set(active, "status", "ACTIVE");
        data.set(ended, "status", "TERMINATED");
        assertThat(ids(DemoUsers.EMPLOYEE, text(tag))).containsExactly(active);
        CustomerFilter terminated = new CustomerFilter(tag, Set.of(), null, Set.of(),
                Set.of(CustomerStatus.TERMINATED), null, null, null, null, false);
        assertThat(ids(DemoUsers.EMPLOYEE, terminated)).containsExactly(ended);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> directory.count(text(tag))))
                .isEqualTo(new DirectoryCount(1, false));
    }

    @Test
    void filtersCombine() {
        String tag = DirectoryTestData.tag();
        long a1 = data.create(DemoUsers.EMPLOYEE, "杭州西湖茶业有限公司" + tag, Confidentiality.PERSONAL);
        long b1 = data.create("zhoujie", "杭州西湖丝绸有限公司" + tag, Confidentiality.PERSONAL);
        long lina = data.create("lina", "杭州钱塘家电有限公司" + tag, Confidentiality.PERSONAL);
        data.set(a1, "grade", "A1");
        data.set(a1, "rating", "AAA");
        data.set(b1, "grade", "B1");
        data.set(b1, "nature", "DISTRIBUTOR");
        data.set(lina, "business_type", "AGREEMENT");

        assertThat(ids(DemoUsers.MANAGER, filter(tag, f -> f.grades = Set.of(Grade.A1, Grade.B1))))
                .containsExactlyInAnyOrder(a1, b1);
        assertThat(ids(DemoUsers.MANAGER, filter(tag, f -> f.rating = Rating.AAA))).containsExactly(a1);
        assertThat(ids(DemoUsers.MANAGER, filter(tag, f -> f.nature = CustomerNature.DISTRIBUTOR)))
                .containsExactly(b1);
        assertThat(ids(DemoUsers.MANAGER, filter(tag, f -> f.businessType = BusinessType.AGREEMENT)))
                .containsExactly(lina);
        assertThat(ids(DemoUsers.MANAGER, filter(tag, f -> f.ownerId = data.employee("HD0008"))))
                .containsExactly(b1);
        assertThat(ids(DemoUsers.MANAGER, filter(tag, f -> f.departmentId = data.department("KA1"))))
                .containsExactlyInAnyOrder(a1, lina);
        assertThat(ids(DemoUsers.MANAGER, filter(tag, f -> f.departmentId = data.department("KA"))))
                .containsExactlyInAnyOrder(a1, b1, lina);
        assertThat(ids(DemoUsers.EMPLOYEE, filter(tag, f -> f.mineOnly = true))).containsExactly(a1);
    }

    @Test
    void mineOnlyIncludesArchivesIAmCoResponsibleFor() {
        String tag = DirectoryTestData.tag();
        CustomerDraft draft = CustomerFixtures.draft("泉州晋江鞋业有限公司" + tag);
        draft.setCoOwnerIds(Set.of(data.employee("HD0005")));
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
        assertThat(ids("lina", filter(tag, f -> f.mineOnly = true))).containsExactly(id);
        assertThat(ids("sunli", filter(tag, f -> f.mineOnly = true))).isEmpty();
    }

    @Test
    void regionsFilterTheDirectory() {
        String tag = DirectoryTestData.tag();
        long id = data.create(DemoUsers.EMPLOYEE, "无锡太湖机械有限公司" + tag, Confidentiality.PERSONAL);
        data.create(DemoUsers.EMPLOYEE, "无锡太湖纺织有限公司" + tag, Confidentiality.PERSONAL);
        jdbc.update("insert into customer_region (code, name) values (?, '测试区')", "T" + tag.replaceAll("\\D", ""));
        long region = jdbc.queryForObject("select id from customer_region where code = ?", Long.class,
                "T" + tag.replaceAll("\\D", ""));
        data.set(id, "region_id", region);
        List<CustomerRow> rows = find(DemoUsers.EMPLOYEE, filter(tag, f -> f.regionIds = Set.of(region)));
        assertThat(rows).extracting(CustomerRow::id).containsExactly(id);
        assertThat(rows.getFirst().regionName()).isEqualTo("测试区");
    }

    @Test
    void sortsAreStableWithTheIdAsTieBreaker() {
        String tag = DirectoryTestData.tag();
        long first = data.create(DemoUsers.EMPLOYEE, "排序" + tag + "1", Confidentiality.PERSONAL);
        long second = data.create(DemoUsers.EMPLOYEE, "排序" + tag + "2", Confidentiality.PERSONAL);
        long third = data.create(DemoUsers.EMPLOYEE, "排序" + tag + "3", Confidentiality.PERSONAL);
        data.followedUp(first, LocalDate.of(2026, 3, 1));
        data.followedUp(second, LocalDate.of(2026, 5, 1));
        data.followedUp(third, LocalDate.of(2026, 5, 1));
        data.set(first, "grade", "B2");
        data.set(second, "grade", "A1");
        data.set(third, "grade", "A1");
        assertThat(sorted(tag, Sort.by("lastFollowUpOn").descending())).containsExactly(third, second, first);
        assertThat(sorted(tag, Sort.by("lastFollowUpOn"))).containsExactly(first, second, third);
        assertThat(sorted(tag, Sort.by("grade"))).containsExactly(second, third, first);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> directory.find(text(tag), PageRequest.of(1, 2,
                Sort.by("lastFollowUpOn"))))).extracting(CustomerRow::id).containsExactly(third);
    }

    @Test
    void theCountMatchesThePages() {
        String tag = DirectoryTestData.tag();
        for (int i = 0; i < 3; i++) {
            data.create(DemoUsers.EMPLOYEE, "合肥" + i + tag, Confidentiality.PERSONAL);
        }
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> directory.count(text(tag))))
                .isEqualTo(new DirectoryCount(3, false));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> directory.find(text(tag), PageRequest.of(0, 2)))).hasSize(2);
    }

    private List<Long> sorted(String tag, Sort sort) {
        return demo.as(DemoUsers.EMPLOYEE, () -> directory.find(text(tag), PageRequest.of(0, 10, sort))).stream()
                .map(CustomerRow::id).toList();
    }

    /** A mutable copy of a filter, for tests that change one field. */
    static final class FilterBuilder {
        String text;
        Set<Grade> grades = Set.of();
        Rating rating;
        Set<Long> regionIds = Set.of();
        Set<CustomerStatus> statuses = Set.of();
        CustomerNature nature;
        BusinessType businessType;
        Long ownerId;
        Long departmentId;
        boolean mineOnly;

        CustomerFilter build() {
            return new CustomerFilter(text, grades, rating, regionIds, statuses, nature, businessType, ownerId,
                    departmentId, mineOnly);
        }
    }

    static CustomerFilter filter(String text, java.util.function.Consumer<FilterBuilder> change) {
        FilterBuilder builder = new FilterBuilder();
        builder.text = text;
        change.accept(builder);
        return builder.build();
    }
}
