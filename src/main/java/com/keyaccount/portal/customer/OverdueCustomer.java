package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An archive without a follow-up for longer than the reminder period, for its staff and their managers.
 *
 * @param lastFollowUpOn null when the archive never had one
 * @param daysSince      days since the last follow-up; null when never
 */
public record OverdueCustomer(long id, String name, String code, CustomerStatus status, String ownerName,
        LocalDate lastFollowUpOn, Long daysSince) implements Serializable {
}
