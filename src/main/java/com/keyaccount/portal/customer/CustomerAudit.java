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
    /** An XLSX export of the filtered 客户一览表 (004 第三章: every export is traced). */
    public static final String EXPORTED = "customer.exported";
    /** An XLSX import of customers and contacts. */
    public static final String IMPORTED = "customer.imported";
    /** An XLSX import of monthly sales lines (002 六). */
    public static final String SALES_FILE_IMPORTED = "customer.salesFileImported";

    private CustomerAudit() {
    }
}
