package com.keyaccount.portal.customer;

/** Audit actions of the customer module and the entity type its rows name. */
public final class CustomerAudit {

    public static final String ENTITY = "Customer";
    public static final String CREATED = "customer.created";
    public static final String UPDATED = "customer.updated";
    /** Every opening of an archive (004 第三章: access is restricted and traced). */
    public static final String OPENED = "customer.opened";
    /** An archive the confidentiality level keeps closed to the asker. */
    public static final String OPEN_REFUSED = "customer.openRefused";
    public static final String REGION_SAVED = "customer.regionSaved";
    /** An owner moved department and their archives followed. */
    public static final String ARCHIVES_MOVED = "customer.archivesMoved";

    private CustomerAudit() {
    }
}
