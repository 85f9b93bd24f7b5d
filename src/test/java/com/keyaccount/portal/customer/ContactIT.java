package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** Contact persons through their service on both databases: one primary, formats, locking, refusals, audit. */
class ContactIT extends AbstractIntegrationTest {

    @Autowired
    ContactService contacts;
    @Autowired
    FollowUpService followUps;
    @Autowired
    CustomerService customers;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;

    private long customer() {
        return demo.as(DemoUsers.EMPLOYEE,
                () -> customers.create(CustomerFixtures.draft("泉州刺桐联系人测试有限公司" + System.nanoTime())));
    }

    private static ContactDraft contact(String name, boolean primary) {
        ContactDraft draft = new ContactDraft();
        draft.setName(name);
        draft.setTitle("采购经理");
        draft.setMobile("138 0595 1234");
        draft.setEmail("buyer@example.cn");
        draft.setPrimary(primary);
        return draft;
    }

    private List<ContactSummary> list(long customerId) {
        return demo.as(DemoUsers.EMPLOYEE, () -> contacts.list(customerId));
    }

    @Test
    void theFirstContactIsPrimaryAndChoosingAnotherClearsIt() {
        long id = customer();
        long wang = demo.as(DemoUsers.EMPLOYEE, () -> contacts.add(id, contact("王芳", false)));
        assertThat(list(id)).singleElement().satisfies(c -> assertThat(c.primary()).isTrue());

        long li = demo.as(DemoUsers.EMPLOYEE, () -> contacts.add(id, contact("李强", true)));
        assertThat(list(id)).filteredOn(ContactSummary::primary).extracting(ContactSummary::id).containsExactly(li);

        ContactSummary wangRow = list(id).stream().filter(c -> c.id() == wang).findFirst().orElseThrow();
        ContactDraft edit = ContactDraft.of(wangRow);
        edit.setPrimary(true);
        demo.run(DemoUsers.EMPLOYEE, () -> contacts.update(id, wang, edit));
        assertThat(list(id)).filteredOn(ContactSummary::primary).extracting(ContactSummary::id).containsExactly(wang);
        assertThat(list(id).get(0).name()).isEqualTo("王芳");
    }

    @Test
    void aNameIsRequiredAndFormatsAreCheckedOnTheirFields() {
        long id = customer();
        assertRefused(id, contact("  ", false), "name", "customer.contact.name.required");
        assertRefused(id, contact("张".repeat(101), false), "name", "customer.text.tooLong");
        ContactDraft phone = contact("陈静", false);
        phone.setPhone("电话 0595");
        assertRefused(id, phone, "phone", "customer.phone.invalid");
        ContactDraft mobile = contact("陈静", false);
        mobile.setMobile("13x");
        assertRefused(id, mobile, "mobile", "customer.contact.mobile.invalid");
        ContactDraft email = contact("陈静", false);
        email.setEmail("chen.example.cn");
        assertRefused(id, email, "email", "customer.email.invalid");
        assertThat(list(id)).isEmpty();
    }

    @Test
    void someoneWhoMayNotOpenTheArchiveIsRefusedAndTheRefusalAudited() {
        long id = customer();
        demo.run(DemoUsers.EMPLOYEE, () -> contacts.add(id, contact("王芳", false)));
        assertThatThrownBy(() -> demo.run("zhoujie", () -> contacts.add(id, contact("赵六", false))))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run("sunli", () -> contacts.list(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        long contactId = list(id).get(0).id();
        assertThatThrownBy(() -> demo.run("zhaomin", () -> contacts.delete(id, contactId, 0)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThat(list(id)).extracting(ContactSummary::name).containsExactly("王芳");
        assertThat(auditActions(id)).contains(CustomerAudit.OPEN_REFUSED, CustomerRecordAudit.CONTACT_ADDED);
    }

    @Test
    void everyChangeIsAuditedOnTheArchive() {
        long id = customer();
        long contactId = demo.as(DemoUsers.EMPLOYEE, () -> contacts.add(id, contact("王芳", false)));
        ContactDraft edit = ContactDraft.of(list(id).get(0));
        edit.setPhone("0595-22223333");
        demo.run(DemoUsers.EMPLOYEE, () -> contacts.update(id, contactId, edit));
        long version = list(id).get(0).version();
        demo.run(DemoUsers.MANAGER, () -> contacts.delete(id, contactId, version));
        assertThat(list(id)).isEmpty();
        assertThat(auditActions(id)).contains(CustomerRecordAudit.CONTACT_ADDED, CustomerRecordAudit.CONTACT_UPDATED,
                CustomerRecordAudit.CONTACT_DELETED);
        AuditEntry updated = demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null,
                CustomerRecordAudit.CONTACT_UPDATED, CustomerAudit.ENTITY, Long.toString(id), null, null),
                PageRequest.of(0, 5))).get(0);
        assertThat(updated.actor()).isEqualTo(DemoUsers.EMPLOYEE);
    }

    @Test
    void aStaleContactFormIsRefusedAndNothingIsOverwritten() {
        long id = customer();
        long contactId = demo.as(DemoUsers.EMPLOYEE, () -> contacts.add(id, contact("王芳", false)));
        ContactDraft first = ContactDraft.of(list(id).get(0));
        ContactDraft second = ContactDraft.of(list(id).get(0));
        first.setTitle("总经理");
        demo.run(DemoUsers.EMPLOYEE, () -> contacts.update(id, contactId, first));
        second.setTitle("副总经理");
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contacts.update(id, contactId, second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(list(id).get(0).title()).isEqualTo("总经理");
    }

    @Test
    void deletingAContactKeepsItsFollowUpsWithoutTheContact() {
        long id = customer();
        long contactId = demo.as(DemoUsers.EMPLOYEE, () -> contacts.add(id, contact("王芳", false)));
        FollowUpDraft visit = new FollowUpDraft();
        visit.setOccurredOn(demo.as(DemoUsers.EMPLOYEE, followUps::today));
        visit.setContactId(contactId);
        visit.setSummary("拜访王芳，了解二季度采购计划");
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(id, visit));

        long version = list(id).get(0).version();
        demo.run(DemoUsers.EMPLOYEE, () -> contacts.delete(id, contactId, version));

        List<FollowUpSummary> log = demo.as(DemoUsers.EMPLOYEE, () -> followUps.list(id, PageRequest.of(0, 10)));
        assertThat(log).singleElement().satisfies(f -> {
            assertThat(f.contactId()).isNull();
            assertThat(f.summary()).isEqualTo("拜访王芳，了解二季度采购计划");
        });
    }

    private void assertRefused(long id, ContactDraft draft, String field, String key) {
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contacts.add(id, draft)))
                .isInstanceOf(BusinessException.class).hasMessage(key)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains(field));
    }

    private List<String> auditActions(long id) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null, CustomerAudit.ENTITY,
                Long.toString(id), null, null), PageRequest.of(0, 50))).stream().map(AuditEntry::action).toList();
    }
}
