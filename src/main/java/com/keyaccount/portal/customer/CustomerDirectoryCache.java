package com.keyaccount.portal.customer;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The 客户一览表's counts, kept briefly (issue 13: the directory's first page with its count stays fast at 100,000
 * archives; counting the default directory reads 80,000 index entries each time). A count is keyed by the exact SQL
 * statement and its bound values, never by a user: two readers share a count only when they run the same statement
 * with the same values, and then the database would give both the same number (the directory's rows are the same
 * for everyone; "mine only" and the department filter bind the reader's or the department's ids). Counts expire
 * after {@link #TTL} and are all dropped when an archive or contact changes ({@link CustomerDirectoryInvalidation}
 * after commit, and {@link #invalidateAfterCommit} for the SQL writers). A generation number keeps a count computed
 * before a change from being stored after it.
 */
@Component
class CustomerDirectoryCache {

    static final Duration TTL = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 2000;

    private record Entry(long value, long generation, long expiresAt) {
    }

    private final Map<String, Entry> counts = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    CustomerDirectoryCache(Clock clock) {
        this.clock = clock;
    }

    /** The count stored under the key while fresh, else {@code compute}'s, stored unless a change came between. */
    long count(String key, LongSupplier compute) {
        long now = clock.millis();
        long current = generation.get();
        Entry entry = counts.get(key);
        if (entry != null && entry.generation() == current && entry.expiresAt() > now) {
            return entry.value();
        }
        long value = compute.getAsLong();
        if (generation.get() == current) {
            if (counts.size() >= MAX_ENTRIES) {
                counts.values().removeIf(old -> old.expiresAt() <= now || old.generation() != current);
                if (counts.size() >= MAX_ENTRIES) {
                    counts.clear();
                }
            }
            counts.put(key, new Entry(value, current, now + TTL.toMillis()));
        }
        return value;
    }

    /** Drops every count now. */
    void invalidate() {
        generation.incrementAndGet();
        counts.clear();
    }

    /**
     * Drops every count now and again when the running transaction ends, so a count read by another transaction
     * before this one commits is not kept either.
     */
    void invalidateAfterCommit() {
        invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }
}
