package com.keyaccount.portal.customer;

import java.io.Serializable;

/** A contact person of an archive as the contacts tab lists it (客户联系人), with the version an edit starts from. */
public record ContactSummary(long id, long version, String name, String title, String department, String phone,
        String mobile, String email, boolean primary, String remarks) implements Serializable {

    static ContactSummary of(CustomerContact c) {
        return new ContactSummary(c.getId(), c.getVersion(), c.getName(), c.getTitle(), c.getDepartment(),
                c.getPhone(), c.getMobile(), c.getEmail(), c.isPrimaryContact(), c.getRemarks());
    }
}
