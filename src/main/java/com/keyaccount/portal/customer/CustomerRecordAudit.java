package com.keyaccount.portal.customer;

/**
 * Audit actions for what is kept inside an archive: contacts, follow-ups and the information sheets. Rows name the
 * archive ({@link CustomerAudit#ENTITY} and the customer's id), so an archive's audit trail shows them too.
 */
public final class CustomerRecordAudit {

    public static final String CONTACT_ADDED = "customer.contactAdded";
    public static final String CONTACT_UPDATED = "customer.contactUpdated";
    public static final String CONTACT_DELETED = "customer.contactDeleted";
    public static final String FOLLOW_UP_RECORDED = "customer.followUpRecorded";
    public static final String FOLLOW_UP_UPDATED = "customer.followUpUpdated";
    public static final String FOLLOW_UP_DELETED = "customer.followUpDeleted";
    public static final String LEGAL_SHEET_SAVED = "customer.legalSheetSaved";
    public static final String PERSON_SHEET_SAVED = "customer.personSheetSaved";

    private CustomerRecordAudit() {
    }
}
