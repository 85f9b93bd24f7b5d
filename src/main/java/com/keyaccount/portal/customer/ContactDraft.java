package com.keyaccount.portal.customer;

import java.io.Serializable;

/**
 * The contact form's content. {@link #getVersion()} is the version the form was loaded with (0 for a new contact), so
 * a stale save is refused instead of overwriting.
 */
public class ContactDraft implements Serializable {

    private String name;
    private String title;
    private String department;
    private String phone;
    private String mobile;
    private String email;
    private boolean primary;
    private String remarks;
    private long version;

    public static ContactDraft of(ContactSummary c) {
        ContactDraft d = new ContactDraft();
        d.name = c.name();
        d.title = c.title();
        d.department = c.department();
        d.phone = c.phone();
        d.mobile = c.mobile();
        d.email = c.email();
        d.primary = c.primary();
        d.remarks = c.remarks();
        d.version = c.version();
        return d;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isPrimary() { return primary; }
    public void setPrimary(boolean primary) { this.primary = primary; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
