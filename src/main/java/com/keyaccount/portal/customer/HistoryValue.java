package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value in the archive's change history (000 信息办法 第四条), kept typed so the page shows it in the reader's
 * language and format: plain text as stored, a translatable value (an enum's message key), a date, an amount in
 * yuan or a count.
 */
public sealed interface HistoryValue extends Serializable {

    /** Text as stored (a name, an address, a region's or a person's name). */
    record Text(String text) implements HistoryValue {
    }

    /** A value shown through its message key, e.g. {@code customer.status.ACTIVE}. */
    record Label(String messageKey) implements HistoryValue {
    }

    record Day(LocalDate date) implements HistoryValue {
    }

    /** Money in yuan. */
    record Amount(BigDecimal amount) implements HistoryValue {
    }

    record Count(long count) implements HistoryValue {
    }
}
