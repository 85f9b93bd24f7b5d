package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.customer.GradeInputs;
import com.keyaccount.portal.customer.GradeScheme;
import com.keyaccount.portal.customer.GradeThresholdRow;
import com.keyaccount.portal.customer.PaymentRating;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data access of the customer grades in plain JDBC: the nightly recomputation reads every customer with its twelve
 * months' sales in one grouped query and writes only what changed, in JDBC batches. Not a bean of its own: the
 * customer module's grade services create and guard it. Moments are stored as UTC date-times.
 */
public final class GradeStore {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    public GradeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A scheme's stored grade of one customer: whether a row exists, the computed grade and the override. */
    public record StoredGrade(boolean exists, String computed, String override) {
    }

    /** One customer as the recomputation sees it. */
    public record GradeFacts(long customerId, GradeInputs inputs, String gradeColumn, String ratingColumn,
            StoredGrade grade, StoredGrade rating) {

        public StoredGrade stored(GradeScheme scheme) {
            return scheme == GradeScheme.GRADE ? grade : rating;
        }

        public String column(GradeScheme scheme) {
            return scheme == GradeScheme.GRADE ? gradeColumn : ratingColumn;
        }
    }

    /** A scheme's version and last editor. */
    public record SchemeStamp(long version, Instant updatedAt, String updatedBy) {
    }

    /** A new computed grade to store (insert when no row exists yet). */
    public record ComputedWrite(long customerId, GradeScheme scheme, String computed, boolean exists) {
    }

    /** One line of the grade history. */
    public record HistoryRow(long customerId, GradeScheme scheme, String computed, String effective, boolean overridden,
            String reason, Long actorEmployeeId, String actorName, Instant changedAt) {
    }

    /** The override of one customer and scheme, with who set it. */
    public record OverrideRow(GradeScheme scheme, String computed, String override, String reason, Long employeeId,
            String by, Instant at) {
    }

    public List<GradeThresholdRow> rules(GradeScheme scheme) {
        return jdbc.query("""
                select grade, min_amount, max_amount, min_margin, max_margin, payment_ratings
                from customer_grade_threshold where scheme = ? order by rule_no
                """, (rs, n) -> new GradeThresholdRow(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), ratings(rs.getString(6))), scheme.name());
    }

    public SchemeStamp stamp(GradeScheme scheme) {
        return jdbc.queryForObject("select version, updated_at, updated_by from customer_grade_scheme where scheme = ?",
                (rs, n) -> new SchemeStamp(rs.getLong(1), instant(rs, 2), rs.getString(3)), scheme.name());
    }

    /** Replaces a scheme's rules if it is still at {@code expectedVersion}; false when someone saved in between. */
    public boolean replaceRules(GradeScheme scheme, long expectedVersion, List<GradeThresholdRow> rows, Instant now,
            String by) {
        int updated = jdbc.update("""
                update customer_grade_scheme set version = version + 1, updated_at = ?, updated_by = ?
                where scheme = ? and version = ?
                """, utc(now), by, scheme.name(), expectedVersion);
        if (updated == 0) {
            return false;
        }
        jdbc.update("delete from customer_grade_threshold where scheme = ?", scheme.name());
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            GradeThresholdRow row = rows.get(i);
            args.add(new Object[] {scheme.name(), i + 1, row.grade(), row.minAmount(), row.maxAmount(),
                row.minMargin(), row.maxMargin(), row.paymentRatings().isEmpty() ? null
                        : EnumSet.copyOf(row.paymentRatings()).stream().map(Enum::name)
                                .collect(Collectors.joining(","))});
        }
        jdbc.batchUpdate("""
                insert into customer_grade_threshold (scheme, rule_no, grade, min_amount, max_amount, min_margin,
                    max_margin, payment_ratings) values (?, ?, ?, ?, ?, ?, ?, ?)
                """, args);
        return true;
    }

    /**
     * Every customer (or one) with its sales amount and gross profit in [from, to), its payment record, the grade
     * columns and the stored grades: one grouped query over the month index.
     */
    public void scan(LocalDate from, LocalDate to, Long customerId, Consumer<GradeFacts> each) {
        String oneSale = customerId == null ? "" : " and customer_id = ?";
        String oneCustomer = customerId == null ? "" : " where c.id = ?";
        String sql = """
                select c.id, c.payment_status, c.collection_status, c.grade, c.rating, s.amount, s.profit,
                       g.scheme, g.computed, g.override_grade, r.scheme, r.computed, r.override_grade
                from customer c
                left join (select customer_id, sum(amount) amount, sum(gross_profit) profit
                           from customer_monthly_sale where sales_month >= ? and sales_month < ?%s
                           group by customer_id) s on s.customer_id = c.id
                left join customer_grade_state g on g.customer_id = c.id and g.scheme = 'GRADE'
                left join customer_grade_state r on r.customer_id = c.id and r.scheme = 'RATING'%s
                """.formatted(oneSale, oneCustomer);
        Object[] args = customerId == null ? new Object[] {from, to} : new Object[] {from, to, customerId, customerId};
        jdbc.query(sql, rs -> {
            each.accept(new GradeFacts(rs.getLong(1),
                    new GradeInputs(rs.getBigDecimal(6), rs.getBigDecimal(7), rating(rs.getString(2)),
                            rating(rs.getString(3))),
                    rs.getString(4), rs.getString(5),
                    new StoredGrade(rs.getString(8) != null, rs.getString(9), rs.getString(10)),
                    new StoredGrade(rs.getString(11) != null, rs.getString(12), rs.getString(13))));
        }, args);
    }

    /** Locks the customer's row so two recomputations of one customer run one after the other. */
    public void lockCustomer(long customerId) {
        jdbc.queryForList("select id from customer where id = ? for update", Long.class, customerId);
    }

    public void writeComputed(List<ComputedWrite> writes, Instant now) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (ComputedWrite write : writes) {
            if (write.exists()) {
                updates.add(new Object[] {write.computed(), utc(now), write.customerId(), write.scheme().name()});
            } else {
                inserts.add(new Object[] {write.customerId(), write.scheme().name(), write.computed(), utc(now)});
            }
        }
        batch("update customer_grade_state set computed = ?, changed_at = ? where customer_id = ? and scheme = ?",
                updates);
        batch("insert into customer_grade_state (customer_id, scheme, computed, changed_at) values (?, ?, ?, ?)",
                inserts);
    }

    /** Writes the effective grades to the customer rows: {grade, rating, id} each. */
    public void writeCustomerColumns(List<Object[]> gradeRatingId) {
        batch("update customer set grade = ?, rating = ? where id = ?", gradeRatingId);
    }

    public void writeHistory(List<HistoryRow> rows) {
        batch("""
                insert into customer_grade_history (customer_id, scheme, computed, effective, overridden, reason,
                    actor_employee_id, actor_name, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows.stream().map(h -> new Object[] {h.customerId(), h.scheme().name(), h.computed(),
                    h.effective(), h.overridden(), h.reason(), h.actorEmployeeId(), h.actorName(), utc(h.changedAt())})
                .toList());
    }

    public Optional<OverrideRow> state(long customerId, GradeScheme scheme) {
        return jdbc.query("""
                select computed, override_grade, override_reason, override_employee_id, override_by, override_at
                from customer_grade_state where customer_id = ? and scheme = ?
                """, (rs, n) -> new OverrideRow(scheme, rs.getString(1), rs.getString(2), rs.getString(3),
                (Long) rs.getObject(4, Long.class), rs.getString(5), instant(rs, 6)), customerId, scheme.name())
                .stream().findFirst();
    }

    /** Sets (or with null values clears) the override of one customer and scheme, creating the row if needed. */
    public void writeOverride(long customerId, GradeScheme scheme, String grade, String reason, Long employeeId,
            String by, Instant at, Instant now) {
        int updated = jdbc.update("""
                update customer_grade_state set override_grade = ?, override_reason = ?, override_employee_id = ?,
                    override_by = ?, override_at = ?, changed_at = ? where customer_id = ? and scheme = ?
                """, grade, reason, employeeId, by, utc(at), utc(now), customerId, scheme.name());
        if (updated == 0) {
            jdbc.update("""
                    insert into customer_grade_state (customer_id, scheme, override_grade, override_reason,
                        override_employee_id, override_by, override_at, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                    """, customerId, scheme.name(), grade, reason, employeeId, by, utc(at), utc(now));
        }
    }

    public void writeCustomerColumn(long customerId, GradeScheme scheme, String effective) {
        jdbc.update("update customer set " + (scheme == GradeScheme.GRADE ? "grade" : "rating") + " = ? where id = ?",
                effective, customerId);
    }

    /** A customer's grade history, newest first. */
    public List<HistoryRow> history(long customerId) {
        return jdbc.query("""
                select scheme, computed, effective, overridden, reason, actor_employee_id, actor_name, changed_at
                from customer_grade_history where customer_id = ? order by changed_at desc, id desc
                """, (rs, n) -> new HistoryRow(customerId, GradeScheme.valueOf(rs.getString(1)), rs.getString(2),
                rs.getString(3), rs.getBoolean(4), rs.getString(5), (Long) rs.getObject(6, Long.class),
                rs.getString(7), instant(rs, 8)), customerId);
    }

    private void batch(String sql, List<Object[]> args) {
        for (int from = 0; from < args.size(); from += BATCH) {
            jdbc.batchUpdate(sql, args.subList(from, Math.min(args.size(), from + BATCH)));
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static PaymentRating rating(String value) {
        return value == null ? null : PaymentRating.valueOf(value);
    }

    private static Set<PaymentRating> ratings(String value) {
        return value == null || value.isBlank() ? Set.of()
                : Arrays.stream(value.split(",")).map(String::strip).map(PaymentRating::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentRating.class)));
    }
}
