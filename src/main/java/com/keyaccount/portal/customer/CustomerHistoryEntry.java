package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One revision of an archive as its change history shows it (重大变动均须记入档案, 000 信息办法 第四条): who, when, and
 * each field that changed from what to what. The first revision is the archive's creation and lists no fields.
 *
 * @param actorName the person who saved (or the system job's name)
 */
public record CustomerHistoryEntry(long revision, Instant at, String actorName, boolean created,
        List<Change> changes) implements Serializable {

    public CustomerHistoryEntry {
        changes = List.copyOf(changes);
    }

    /**
     * One changed field.
     *
     * @param fieldKey the field label's message key ({@code customer.field.*})
     * @param from     the value before, null when empty
     * @param to       the value after, null when empty
     */
    public record Change(String fieldKey, HistoryValue from, HistoryValue to) implements Serializable {
    }
}
