package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A visit or reception recorded after its day (补录, 004 第二章 三), for the person's workbench. */
public record LateRecord(long followUpId, long customerId, String customerName, FollowUpKind kind,
        LocalDate occurredOn, Instant recordedAt) implements Serializable {
}
