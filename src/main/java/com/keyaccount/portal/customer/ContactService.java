package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.customer.repository.CustomerContactRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.customer.repository.FollowUpRepository;
import com.keyaccount.portal.security.Permissions;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户联系人: the contact persons of an archive (002 九 客户联系人; 000 信息办法 第十条: several people in contact with an
 * important customer). Readers of the archive list them, its editors add, change and delete them; at most one is the
 * primary contact (choosing one clears the other; the first contact of an archive is primary). Deleting a contact keeps
 * the follow-ups that name it (they are part of the archive, 000 信息办法 第九条) and only clears their contact.
 * Changes to one archive's contacts are serialised by a lock on the archive row; every change is audited.
 */
@Service
public class ContactService {

    static final int MAX_NAME = 100;
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,30}");
    private static final Pattern MOBILE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final CustomerRepository customers;
    private final CustomerContactRepository contacts;
    private final FollowUpRepository followUps;
    private final CustomerAccess access;
    private final AuditService audit;
    private final Clock clock;

    ContactService(CustomerRepository customers, CustomerContactRepository contacts, FollowUpRepository followUps,
            CustomerAccess access, AuditService audit, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.followUps = followUps;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The archive's contacts, the primary first, then by name. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<ContactSummary> list(long customerId) {
        access.requireOpen(requireCustomer(customerId));
        return contacts.findByCustomerIdOrderByPrimaryContactDescNameAsc(customerId).stream()
                .map(ContactSummary::of).toList();
    }

    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long add(long customerId, ContactDraft draft) {
        Customer customer = lockCustomer(customerId);
        access.requireEdit(customer);
        validate(draft);
        CustomerContact contact = new CustomerContact(customer, clock.instant());
        boolean first = contacts.countByCustomerId(customerId) == 0;
        apply(contact, draft);
        contact.setPrimaryContact(draft.isPrimary() || first);
        if (contact.isPrimaryContact()) {
            clearOtherPrimary(customerId, null);
        }
        contacts.saveAndFlush(contact);
        audit.record(CustomerRecordAudit.CONTACT_ADDED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.contactAdded", contact.getName(), customer.getName()));
        return contact.getId();
    }

    /** Saves the contact form; refused when someone else saved the contact in between. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void update(long customerId, long contactId, ContactDraft draft) {
        Customer customer = lockCustomer(customerId);
        access.requireEdit(customer);
        CustomerContact contact = requireContact(customerId, contactId);
        Versions.require(CustomerContact.class, contactId, contact.getVersion(), draft.getVersion());
        validate(draft);
        AuditDetail.Changes changes = new AuditDetail.Changes()
                .field("customer.contact.field.name", contact.getName(), trimmed(draft.getName()))
                .field("customer.contact.field.phone", contact.getPhone(), trimmed(draft.getPhone()))
                .field("customer.contact.field.mobile", contact.getMobile(), trimmed(draft.getMobile()))
                .field("customer.contact.field.email", contact.getEmail(), trimmed(draft.getEmail()))
                .field("customer.contact.field.primary", yesNo(contact.isPrimaryContact()), yesNo(draft.isPrimary()));
        apply(contact, draft);
        if (draft.isPrimary() && !contact.isPrimaryContact()) {
            clearOtherPrimary(customerId, contactId);
        }
        contact.setPrimaryContact(draft.isPrimary());
        contacts.saveAndFlush(contact);
        audit.record(CustomerRecordAudit.CONTACT_UPDATED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.contactUpdated", contact.getName(), customer.getName())
                        .withChanges(changes.list()));
    }

    /**
     * Deletes the contact; follow-ups that name it stay in the archive without a contact. Refused when someone else
     * changed the contact since it was shown.
     */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void delete(long customerId, long contactId, long version) {
        Customer customer = lockCustomer(customerId);
        access.requireEdit(customer);
        CustomerContact contact = requireContact(customerId, contactId);
        Versions.require(CustomerContact.class, contactId, contact.getVersion(), version);
        int detached = followUps.detachContact(contactId);
        contacts.delete(contact);
        contacts.flush();
        audit.record(CustomerRecordAudit.CONTACT_DELETED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.contactDeleted", contact.getName(), customer.getName(), detached));
    }

    private void clearOtherPrimary(long customerId, Long keepId) {
        contacts.findByCustomerIdOrderByPrimaryContactDescNameAsc(customerId).stream()
                .filter(other -> other.isPrimaryContact() && !other.getId().equals(keepId))
                .forEach(other -> other.setPrimaryContact(false));
        contacts.flush();
    }

    private static void validate(ContactDraft d) {
        String name = trimmed(d.getName());
        if (name == null) {
            throw BusinessException.onField("name", "customer.contact.name.required");
        }
        length("name", name, MAX_NAME);
        if (CONTROL.matcher(name).find()) {
            throw BusinessException.onField("name", "customer.name.invalid");
        }
        length("title", trimmed(d.getTitle()), 100);
        length("department", trimmed(d.getDepartment()), 100);
        format("phone", d.getPhone(), PHONE, "customer.phone.invalid");
        format("mobile", d.getMobile(), MOBILE, "customer.contact.mobile.invalid");
        length("email", trimmed(d.getEmail()), 200);
        format("email", d.getEmail(), EMAIL, "customer.email.invalid");
        length("remarks", trimmed(d.getRemarks()), 500);
    }

    private static void apply(CustomerContact c, ContactDraft d) {
        c.setName(trimmed(d.getName()));
        c.setTitle(trimmed(d.getTitle()));
        c.setDepartment(trimmed(d.getDepartment()));
        c.setPhone(trimmed(d.getPhone()));
        c.setMobile(trimmed(d.getMobile()));
        c.setEmail(trimmed(d.getEmail()));
        c.setRemarks(trimmed(d.getRemarks()));
    }

    private Customer requireCustomer(long customerId) {
        return customers.findById(customerId).orElseThrow(() -> new BusinessException("customer.notFound"));
    }

    private Customer lockCustomer(long customerId) {
        return customers.findForUpdate(customerId).orElseThrow(() -> new BusinessException("customer.notFound"));
    }

    private CustomerContact requireContact(long customerId, long contactId) {
        return contacts.findByIdAndCustomerId(contactId, customerId)
                .orElseThrow(() -> new BusinessException("customer.contact.notFound"));
    }

    private static String yesNo(boolean value) {
        return AuditDetail.translated(value ? "customer.contact.primaryYes" : "customer.contact.primaryNo");
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw BusinessException.onField(field, "customer.text.tooLong", max);
        }
    }

    private static void format(String field, String value, Pattern pattern, String key) {
        String text = trimmed(value);
        if (text != null && !pattern.matcher(text).matches()) {
            throw BusinessException.onField(field, key);
        }
    }
}
