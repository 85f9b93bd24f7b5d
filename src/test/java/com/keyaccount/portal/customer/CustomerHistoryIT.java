package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.CustomerHistoryEntry.Change;
import com.keyaccount.portal.security.Permissions;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The archive's change history (000 信息办法 第四条) on both databases: each save is one entry naming who, when and
 * every changed field from what to what; only those who may open the archive read it.
 */
class CustomerHistoryIT extends AbstractIntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerHistoryService history;
    @Autowired
    RegionService regions;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;

    @Test
    void twoEditsBecomeTwoEntriesNewestFirstWithFieldsValuesAndActor() {
        String code = "HT" + System.nanoTime() % 1_000_000;
        RegionDraft regionDraft = new RegionDraft();
        regionDraft.setCode(code);
        regionDraft.setName("闽南区");
        long regionId = demo.as(DemoUsers.ADMIN, () -> regions.save(regionDraft));
        CustomerDraft draft = CustomerFixtures.draft("泉州刺桐纺织有限公司" + System.nanoTime());
        draft.setPhone("0595-22222222");
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));

        CustomerDraft first = demo.as(DemoUsers.EMPLOYEE, () -> customers.loadDraft(id));
        first.setPhone("0595-33333333");
        first.setRegionId(regionId);
        first.setAnnualSales(new BigDecimal("1200000.5"));
        first.setConfidentiality(Confidentiality.DEPARTMENT);
        demo.run(DemoUsers.EMPLOYEE, () -> customers.update(id, first));
        CustomerDraft second = demo.as(DemoUsers.MANAGER, () -> customers.loadDraft(id));
        second.setAddress("泉州市丰泽区田安路 1 号");
        demo.run(DemoUsers.MANAGER, () -> customers.update(id, second));

        List<CustomerHistoryEntry> entries = demo.as(DemoUsers.MANAGER, () -> history.findHistory(id));
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).actorName()).isEqualTo("刘洋");
        assertThat(entries.get(0).created()).isFalse();
        assertThat(entries.get(0).changes()).containsExactly(
                new Change("customer.field.address", null, new HistoryValue.Text("泉州市丰泽区田安路 1 号")));
        assertThat(entries.get(1).actorName()).isEqualTo("张伟");
        assertThat(entries.get(1).changes()).extracting(Change::fieldKey).containsExactly("customer.field.region",
                "customer.field.phone", "customer.field.annualSales", "customer.field.confidentiality");
        assertThat(entries.get(1).changes()).contains(
                new Change("customer.field.region", null, new HistoryValue.Text(code + " 闽南区")),
                new Change("customer.field.phone", new HistoryValue.Text("0595-22222222"),
                        new HistoryValue.Text("0595-33333333")),
                new Change("customer.field.confidentiality",
                        new HistoryValue.Label("customer.confidentiality.PERSONAL"),
                        new HistoryValue.Label("customer.confidentiality.DEPARTMENT")));
        assertThat(((HistoryValue.Amount) entries.get(1).changes().get(2).to()).amount())
                .isEqualByComparingTo("1200000.50");
        assertThat(entries.get(2).created()).isTrue();
        assertThat(entries.get(2).actorName()).isEqualTo("张伟");
        assertThat(entries.get(0).at()).isAfterOrEqualTo(entries.get(1).at());
    }

    @Test
    void aSaveThatChangesNothingAuditedAddsNoEntry() {
        long id = demo.as(DemoUsers.EMPLOYEE,
                () -> customers.create(CustomerFixtures.draft("莆田木兰溪鞋业有限公司" + System.nanoTime())));
        CustomerDraft unchanged = demo.as(DemoUsers.EMPLOYEE, () -> customers.loadDraft(id));
        demo.run(DemoUsers.EMPLOYEE, () -> customers.update(id, unchanged));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> history.findHistory(id))).hasSize(1)
                .allSatisfy(entry -> assertThat(entry.created()).isTrue());
    }

    @Test
    void someoneTheLevelKeepsOutIsRefusedTheHistoryAndTheRefusalIsAudited() {
        long id = demo.as(DemoUsers.EMPLOYEE,
                () -> customers.create(CustomerFixtures.draft("三明沙溪林业有限公司" + System.nanoTime())));
        for (String outsider : List.of("sunli", "zhaomin", DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> demo.run(outsider, () -> history.findHistory(id)))
                    .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        }
        List<String> actions = demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null,
                CustomerAudit.ENTITY, Long.toString(id), null, null), PageRequest.of(0, 50))).stream()
                .map(AuditEntry::action).toList();
        assertThat(actions).contains(CustomerAudit.OPEN_REFUSED);
    }

    @Test
    void aCallerWithoutCustomerAccessIsRefusedBeforeAnythingIsRead() {
        long id = demo.as(DemoUsers.EMPLOYEE,
                () -> customers.create(CustomerFixtures.draft("南平武夷茶业有限公司" + System.nanoTime())));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("outsider", null,
                Permissions.authority(Permissions.Org.READ)));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> history.findHistory(id)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
