package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One 跟进记录 as the follow-up log lists it, with what the reader may do with it.
 *
 * @param late      recorded after the day it happened although it had to be recorded that day (004 第二章 三)
 * @param editable  the reader recorded it today and may still change it
 * @param deletable the reader supervises the archive's staff
 */
public record FollowUpSummary(long id, long version, FollowUpKind kind, LocalDate occurredOn, long staffId,
        String staffName, Long contactId, String contactName, String summary, String nextStep, LocalDate nextOn,
        boolean late, Instant recordedAt, String recordedBy, boolean editable, boolean deletable)
        implements Serializable {
}
