package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.TestClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CustomerDirectoryCacheTest {

    private final TestClock clock = new TestClock();
    private final CustomerDirectoryCache cache = new CustomerDirectoryCache(clock);
    private final AtomicInteger queries = new AtomicInteger();

    private long count(String key, long value) {
        return cache.count(key, () -> {
            queries.incrementAndGet();
            return value;
        });
    }

    @Test
    void aCountIsQueriedOnceWhileFreshAndAgainWhenExpired() {
        assertThat(count("a", 7)).isEqualTo(7);
        assertThat(count("a", 8)).isEqualTo(7);
        assertThat(queries).hasValue(1);

        clock.advance(CustomerDirectoryCache.TTL);

        assertThat(count("a", 8)).isEqualTo(8);
        assertThat(queries).hasValue(2);
    }

    @Test
    void eachStatementHasItsOwnCount() {
        assertThat(count("mine me=1", 2)).isEqualTo(2);
        assertThat(count("mine me=2", 5)).isEqualTo(5);
        assertThat(count("mine me=1", 9)).isEqualTo(2);
    }

    @Test
    void aChangeDropsEveryCount() {
        count("a", 1);
        count("b", 2);

        cache.invalidateAfterCommit();

        assertThat(count("a", 3)).isEqualTo(3);
        assertThat(count("b", 4)).isEqualTo(4);
        assertThat(queries).hasValue(4);
    }

    @Test
    void aCountReadWhileAChangeCommitsIsNotKept() {
        long stale = cache.count("a", () -> {
            cache.invalidate();
            return 1;
        });
        assertThat(stale).isEqualTo(1);

        assertThat(count("a", 2)).isEqualTo(2);
        assertThat(count("a", 3)).isEqualTo(2);
        assertThat(queries).hasValue(1);
    }

    @Test
    void aFullCacheStartsAfreshWithTheNewestCounts() {
        for (int i = 0; i < CustomerDirectoryCache.MAX_ENTRIES + 10; i++) {
            count("key " + i, i);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(count("key " + (CustomerDirectoryCache.MAX_ENTRIES + 9), 0))
                .isEqualTo(CustomerDirectoryCache.MAX_ENTRIES + 9);
        assertThat(count("key 0", -1)).isEqualTo(-1);
    }
}
