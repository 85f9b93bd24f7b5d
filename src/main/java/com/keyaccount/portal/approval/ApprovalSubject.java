package com.keyaccount.portal.approval;

import java.util.Objects;

/**
 * What a request is about, as its {@link ApprovalType} describes the object when the request is submitted.
 *
 * @param objectType      the kind of object, e.g. {@code Customer}
 * @param label           how the object is shown in lists and notifications, e.g. the customer's name
 * @param route           where the object is opened, e.g. {@code customers/123}, or null
 * @param ownerEmployeeId the employee whose manager {@link ApproverRule#OBJECT_OWNER_MANAGER} names, or null
 */
public record ApprovalSubject(String objectType, String label, String route, Long ownerEmployeeId) {

    public ApprovalSubject {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(label, "label");
    }
}
