package com.keyaccount.portal.customer;

import com.keyaccount.portal.customer.repository.GradeStore;
import com.keyaccount.portal.customer.repository.GradeStore.ComputedWrite;
import com.keyaccount.portal.customer.repository.GradeStore.GradeFacts;
import com.keyaccount.portal.customer.repository.GradeStore.HistoryRow;
import com.keyaccount.portal.customer.repository.GradeStore.StoredGrade;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PortalUser;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes grades in the caller's transaction, for one customer (after its sales changed) or all (the nightly job,
 * a threshold change): reads customers, twelve months' sales and stored grades in one grouped query, evaluates
 * {@link GradeRules} and writes only what changed — the computed grade, the customer's effective grade columns
 * (override, else computed) and one history row per changed scheme. Callers check permissions.
 */
@Component
class GradeEngine {

    private final GradeStore store;
    private final Clock clock;
    private final ZoneId businessZone;
    private final CurrentUser currentUser;
    private final CustomerDirectoryCache directoryCache;

    GradeEngine(GradeStore store, Clock clock, ZoneId businessZone, CurrentUser currentUser,
            CustomerDirectoryCache directoryCache) {
        this.store = store;
        this.clock = clock;
        this.businessZone = businessZone;
        this.currentUser = currentUser;
        this.directoryCache = directoryCache;
    }

    YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(businessZone));
    }

    ZoneId businessZone() {
        return businessZone;
    }

    GradeRules rules() {
        return new GradeRules(store.rules(GradeScheme.GRADE), store.rules(GradeScheme.RATING));
    }

    /** The inputs of one customer now (its window's sales and payment record). */
    GradeFacts facts(long customerId) {
        List<GradeFacts> found = new ArrayList<>(1);
        YearMonth month = currentMonth();
        store.scan(GradeRules.windowStart(month), GradeRules.windowEnd(month), customerId, found::add);
        return found.getFirst();
    }

    /** Recomputes one customer (its row locked first) or, with null, every customer. */
    GradeRecomputation recompute(Long customerId) {
        if (customerId != null) {
            store.lockCustomer(customerId);
        }
        GradeRules rules = rules();
        YearMonth month = currentMonth();
        Instant now = clock.instant();
        Long actorId = currentUser.get().map(PortalUser::employeeId).orElse(null);
        String actor = currentUser.actorName();
        List<ComputedWrite> computed = new ArrayList<>();
        List<Object[]> columns = new ArrayList<>();
        List<HistoryRow> history = new ArrayList<>();
        int[] counts = new int[2];
        store.scan(GradeRules.windowStart(month), GradeRules.windowEnd(month), customerId, facts -> {
            counts[0]++;
            String[] effective = new String[2];
            boolean changed = false;
            for (GradeScheme scheme : GradeScheme.values()) {
                StoredGrade stored = facts.stored(scheme);
                String grade = rules.evaluate(scheme, facts.inputs()).orElse(null);
                effective[scheme.ordinal()] = stored.override() != null ? stored.override() : grade;
                boolean computedChanged = !Objects.equals(grade, stored.computed());
                boolean columnChanged = !Objects.equals(effective[scheme.ordinal()], facts.column(scheme));
                if (computedChanged) {
                    computed.add(new ComputedWrite(facts.customerId(), scheme, grade, stored.exists()));
                }
                if (computedChanged || columnChanged) {
                    history.add(new HistoryRow(facts.customerId(), scheme, grade, effective[scheme.ordinal()],
                            stored.override() != null, null, actorId, actor, now));
                    changed = true;
                }
            }
            if (changed) {
                counts[1]++;
                columns.add(new Object[] {effective[0], effective[1], facts.customerId()});
            }
        });
        store.writeComputed(computed, now);
        store.writeCustomerColumns(columns);
        // grades are written in SQL, past the JPA listener: the directory's counts by grade are dropped here
        directoryCache.invalidateAfterCommit();
        store.writeHistory(history);
        return new GradeRecomputation(counts[0], counts[1]);
    }

    /** The grade store is plain JDBC, created here so only this module's guarded services reach it. */
    @Configuration(proxyBeanMethods = false)
    static class StoreConfig {

        @Bean
        GradeStore gradeStore(JdbcTemplate jdbc) {
            return new GradeStore(jdbc);
        }
    }
}
