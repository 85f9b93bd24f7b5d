package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.EmployeeService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/**
 * The archive through its service on both databases: create, validation, the confidentiality matrix for every office
 * and level (refused at the service and audited), optimistic locking.
 */
class CustomerArchiveIT extends AbstractIntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    EmployeeService employees;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;

    /** Demo employee numbers of the logins the tests hand archives to. */
    private static final Map<String, String> NUMBERS = Map.of("zhangwei", "HD0004", "lina", "HD0005");

    private long employeeId(String login) {
        return demo.as(login, () -> employees.findReferences(NUMBERS.get(login), PageRequest.of(0, 5)).stream()
                .filter(e -> e.employeeNo().equals(NUMBERS.get(login))).findFirst().orElseThrow().id());
    }

    private long createAsZhangwei(Confidentiality level, boolean withCoOwnerLina) {
        CustomerDraft draft = CustomerFixtures.draft("福州闽江贸易有限公司" + System.nanoTime());
        draft.setConfidentiality(level);
        if (withCoOwnerLina) {
            draft.setCoOwnerIds(Set.of(employeeId("lina")));
        }
        return demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
    }

    @Test
    void anEmployeeCreatesAProspectTheyOwnAndOpenIt() {
        long id = createAsZhangwei(Confidentiality.PERSONAL, false);
        CustomerArchive archive = demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id));
        assertThat(archive.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(archive.ownerName()).isEqualTo("张伟");
        assertThat(archive.departmentName()).isEqualTo("大客户一组");
        assertThat(archive.permissions().edit()).isTrue();
        assertThat(archive.permissions().supervise()).isFalse();
        assertThat(auditActions(id)).contains(CustomerAudit.CREATED, CustomerAudit.OPENED);
    }

    @ParameterizedTest(name = "{0} opens a {1} archive: {2}")
    @CsvSource({
        "zhangwei, PERSONAL, true", "lina, PERSONAL, true", "liuyang, PERSONAL, true",
        "chenzhiqiang, PERSONAL, true", "xuming, PERSONAL, true", "wangjianguo, PERSONAL, true",
        "sunli, PERSONAL, false", "zhaomin, PERSONAL, false", "zhoujie, PERSONAL, false",
        "huanglei, PERSONAL, false", "admin, PERSONAL, false", "mali, PERSONAL, false",
        "lina, DEPARTMENT, true", "liuyang, DEPARTMENT, true", "chenzhiqiang, DEPARTMENT, true",
        "xuming, DEPARTMENT, true", "wangjianguo, DEPARTMENT, true", "sunli, DEPARTMENT, false",
        "zhaomin, DEPARTMENT, false", "huanglei, DEPARTMENT, false",
        "zhangwei, COMPANY, true", "lina, COMPANY, false", "liuyang, COMPANY, false",
        "chenzhiqiang, COMPANY, true", "xuming, COMPANY, true", "wangjianguo, COMPANY, true",
        "zhaomin, COMPANY, false", "admin, COMPANY, false"
    })
    void theConfidentialityLevelDecidesWhoOpensTheArchive(String login, Confidentiality level, boolean mayOpen) {
        long id = createAsZhangwei(level, true);
        if (mayOpen) {
            assertThat(demo.as(login, () -> customers.open(id)).id()).isEqualTo(id);
        } else {
            assertThatThrownBy(() -> demo.run(login, () -> customers.open(id)))
                    .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
            assertThat(auditActions(id)).contains(CustomerAudit.OPEN_REFUSED).doesNotContain(CustomerAudit.OPENED);
            assertThatThrownBy(() -> demo.run(login, () -> customers.loadDraft(id)))
                    .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        }
    }

    @Test
    void aCoOwnerEditsButOnlyASupervisorReassignsTheOwner() {
        long id = createAsZhangwei(Confidentiality.PERSONAL, true);
        CustomerDraft draft = demo.as("lina", () -> customers.loadDraft(id));
        draft.setAddress("福州市鼓楼区五四路 88 号");
        demo.run("lina", () -> customers.update(id, draft));

        CustomerDraft reassign = demo.as("lina", () -> customers.loadDraft(id));
        reassign.setOwnerId(employeeId("lina"));
        assertThatThrownBy(() -> demo.run("lina", () -> customers.update(id, reassign)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.notSupervisor");

        demo.run(DemoUsers.MANAGER, () -> customers.update(id, reassign));
        CustomerArchive archive = demo.as(DemoUsers.MANAGER, () -> customers.open(id));
        assertThat(archive.ownerName()).isEqualTo("李娜");
        assertThat(archive.address()).isEqualTo("福州市鼓楼区五四路 88 号");
    }

    @Test
    void theSecondSaveOfAStaleFormIsRefusedAndNothingIsOverwritten() {
        long id = createAsZhangwei(Confidentiality.PERSONAL, false);
        CustomerDraft first = demo.as(DemoUsers.EMPLOYEE, () -> customers.loadDraft(id));
        CustomerDraft second = demo.as(DemoUsers.EMPLOYEE, () -> customers.loadDraft(id));
        first.setPhone("0591-87654321");
        demo.run(DemoUsers.EMPLOYEE, () -> customers.update(id, first));
        second.setPhone("0591-11111111");
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> customers.update(id, second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id)).phone()).isEqualTo("0591-87654321");
    }

    @Test
    void wrongCreditCodesAreRefusedOnTheirFieldWithTheirReason() {
        String valid = CustomerFixtures.uniqueCreditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertRefused(valid.substring(0, 17) + wrong, "customer.creditCode.checkCharacter");
        assertRefused(valid.substring(0, 17), "customer.creditCode.length");
        assertRefused(valid.substring(0, 10) + "I" + valid.substring(11), "customer.creditCode.character");
    }

    @Test
    void aCreditCodeBelongsToOneArchiveOnly() {
        CustomerDraft first = CustomerFixtures.draft("厦门鹭岛食品有限公司");
        demo.run(DemoUsers.EMPLOYEE, () -> customers.create(first));
        CustomerDraft copy = CustomerFixtures.draft("厦门鹭岛食品（集团）有限公司");
        copy.setCreditCode(first.getCreditCode().toLowerCase());
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> customers.create(copy)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.creditCode.duplicate")
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("creditCode"));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> customers.findByCreditCode(first.getCreditCode())))
                .get().extracting(CustomerReference::name).isEqualTo("厦门鹭岛食品有限公司");
    }

    @Test
    void aSimilarNameIsFoundForTheWarning() {
        String unique = "蚌埠淮河" + (System.nanoTime() % 100000) + "商贸";
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(CustomerFixtures.draft(unique + "有限公司")));
        List<CustomerReference> similar = demo.as(DemoUsers.MANAGER,
                () -> customers.findSimilar("（" + unique + "）有限责任公司", null));
        assertThat(similar).extracting(CustomerReference::id).contains(id);
    }

    @Test
    void badInputGetsItsMessageAndMarkupOrRareCharactersAreKeptAsText() {
        CustomerDraft tooLong = CustomerFixtures.draft("长".repeat(500));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> customers.create(tooLong)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.text.tooLong");
        String odd = "<b>𠀀𡃁商行</b>" + System.nanoTime();
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(CustomerFixtures.draft(odd)));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id)).name()).isEqualTo(odd);
        CustomerDraft member = CustomerFixtures.draft("会员测试" + System.nanoTime());
        member.setBusinessType(BusinessType.MEMBER);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> customers.create(member)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.businessType.memberIsPerson");
    }

    @Test
    void anIndividualNeedsNoCreditCode() {
        CustomerDraft person = CustomerFixtures.draft("单晓东" + System.nanoTime());
        person.setVariant(CustomerVariant.NATURAL_PERSON);
        person.setBusinessType(BusinessType.MEMBER);
        person.setCreditCode(null);
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(person));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id)).creditCode()).isNull();
        CustomerDraft company = CustomerFixtures.draft("无代码公司" + System.nanoTime());
        company.setCreditCode(" ");
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> customers.create(company)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.creditCode.required");
    }

    @Test
    void anEmployeeCannotHandTheirProspectToSomeoneElse() {
        CustomerDraft draft = CustomerFixtures.draft("温州瓯江电器有限公司" + System.nanoTime());
        draft.setOwnerId(employeeId("lina"));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> customers.create(draft)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.owner.notYours");
        long id = demo.as(DemoUsers.MANAGER, () -> customers.create(draft));
        assertThat(demo.as("lina", () -> customers.open(id)).ownerName()).isEqualTo("李娜");
    }

    private void assertRefused(String creditCode, String key) {
        CustomerDraft draft = CustomerFixtures.draft("校验测试" + System.nanoTime());
        draft.setCreditCode(creditCode);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> customers.create(draft)))
                .isInstanceOf(BusinessException.class).hasMessage(key);
    }

    private List<String> auditActions(long id) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null, CustomerAudit.ENTITY,
                Long.toString(id), null, null), PageRequest.of(0, 50))).stream().map(AuditEntry::action).toList();
    }
}
