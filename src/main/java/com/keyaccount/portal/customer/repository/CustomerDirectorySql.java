package com.keyaccount.portal.customer.repository;

import com.keyaccount.portal.base.LikePatterns;
import com.keyaccount.portal.customer.CustomerFilter;
import com.keyaccount.portal.customer.CustomerNames;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;

/**
 * The 客户一览表's filter and sort order as SQL pieces over {@code customer c}, pure so they are tested without a
 * database. Every condition compares a bare column (no function on an indexed column) with a bound value; LIKE
 * patterns are escaped ({@link LikePatterns}, {@code escape '!'}). Sort orders follow the indexes of V3_8 and
 * V3_8_5 with {@code id} as the last key, so paging is stable.
 *
 * <p>Text search, decided for speed at 100,000 archives (measured on MariaDB 10.11, see the directory's notes):
 * the ids that match are collected by a {@code union} of index range scans and joined to the table, so a search
 * reads only the matching rows. Pinyin, codes, credit codes and phone numbers are latin letters and digits, so a
 * text of latin letters and digits (spaces and apostrophes dropped, lower-cased: {@code Hua Wei → huawei}) is looked
 * up as a <em>prefix</em> of the full pinyin and of the initials ({@code hw} and {@code huawei} find 华为技术,
 * {@code szhw} finds 深圳华为), of the short name, code and credit code (stored upper case) and of a contact's
 * name, phone or mobile. Containment in the pinyin ({@code huawei} finding 深圳华为) is not offered: no index
 * serves it and it would read all 100,000 rows for every letter typed. Any other text (Chinese) is looked up as
 * contained in the name and as a prefix of the short name and of a contact's name. Containment in the name goes
 * through the name's tokens (pairs of ideographs, {@link CustomerNames#nameTokens}, table {@code customer_name_token}):
 * the archives holding every token of the text are read from that table's index and confirmed by LIKE; a text
 * without a token (one ideograph, characters outside the block, only legal-form words such as 有限公司:
 * {@link CustomerNames#searchTokens}) scans the narrow (name, id) index instead. With a {@link TextPlan} the look-up
 * starts from the text's rarest token, and a broad text (most names hold it) becomes a condition on the rows, so the
 * page walks the sort order and stops after its rows. LIKE is case-insensitive through the database's
 * utf8mb4_unicode_ci collation (MariaDB, MySQL); H2 compares case-sensitively. {@link #after} pages by keyset.
 */
public final class CustomerDirectorySql {

    /**
     * The filter as SQL: {@code from} (the table, joined to the text search's matching ids when there is a text)
     * and {@code where} (without the keyword), with their named parameters.
     */
    public record Part(String from, String where, Map<String, Object> parameters) {

        /** This part narrowed by one more condition and its parameters. */
        Part and(String condition, Map<String, Object> more) {
            Map<String, Object> all = new LinkedHashMap<>(parameters);
            all.putAll(more);
            return new Part(from, where + " and " + condition, all);
        }

        /** A key that differs whenever the statement or a bound value differs (for cached counts). */
        public String key() {
            return from + " where " + where + " " + new TreeMap<>(parameters);
        }
    }

    /**
     * How a Chinese text is looked up, decided from the token table ({@code CustomerDirectoryService}): the rarest of
     * its tokens, whose archives are the candidates LIKE confirms (null: all tokens must be present), and whether the
     * text is broad (even its rarest token is in {@code TEXT_COUNT_CAP} names or more, or it holds only legal-form
     * words such as 有限公司, which are in most names), so the page walks the sort order's index and stops at the
     * page's end instead of collecting every match first.
     */
    public record TextPlan(String startToken, boolean broad) {

        public static final TextPlan DEFAULT = new TextPlan(null, false);

        /**
         * The plan for counting up to the cap: a text broad by its rarest token still matches only a few percent of
         * the names, so walking would read most of the table to find 3,000; it is counted through its token. A text
         * of legal-form words alone matches most names and is counted by walking (3,000 within a few thousand rows).
         */
        public TextPlan forCount() {
            return broad && startToken != null ? new TextPlan(startToken, false) : this;
        }
    }

    /**
     * Where a page starts in keyset paging: the sort key values of the last row of the previous page and its id.
     * Only the values of the sort order's columns are read.
     */
    public record Position(String name, String code, String grade, String status, LocalDate lastFollowUpOn, long id) {
    }

    private static final Pattern PINYIN_KEY = Pattern.compile("[a-z0-9]+");
    private static final Pattern PINYIN_SEPARATORS = Pattern.compile("[\\s'’]+");

    /** Sortable properties of the grid and the columns they sort by (each the leading keys of an index). */
    private static final Map<String, List<String>> SORTS = Map.of(
            "name", List.of("c.name"),
            "code", List.of("c.code"),
            "grade", List.of("c.grade", "c.name"),
            "status", List.of("c.status", "c.name"),
            "lastFollowUpOn", List.of("c.last_follow_up_on"));

    /** Where keyset paging reads each sort column's value of the last row. */
    private static final Map<String, Function<Position, Object>> POSITION_VALUES = Map.of(
            "c.name", Position::name,
            "c.code", Position::code,
            "c.grade", Position::grade,
            "c.status", Position::status,
            "c.last_follow_up_on", Position::lastFollowUpOn);

    private CustomerDirectorySql() {
    }

    /**
     * The where clause (without {@code where}) of a filter.
     *
     * @param departmentIds the filter's department and those below it (ignored without a department filter)
     * @param me            the signed-in person's employee id, for "mine only"
     */
    public static Part where(CustomerFilter filter, Set<Long> departmentIds, long me) {
        return where(filter, departmentIds, me, TextPlan.DEFAULT);
    }

    /**
     * The where clause of a filter whose text is looked up as the plan says: a broad text's condition stands in the
     * where clause (the page walks the sort order and stops after its rows), any other text joins the ids a union
     * of index look-ups collects.
     */
    public static Part where(CustomerFilter filter, Set<Long> departmentIds, long me, TextPlan plan) {
        List<String> and = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        and.add("c.status in (:statuses)");
        parameters.put("statuses", filter.effectiveStatuses().stream().map(Enum::name).sorted().toList());
        if (!filter.grades().isEmpty()) {
            and.add("c.grade in (:grades)");
            parameters.put("grades", filter.grades().stream().map(Enum::name).sorted().toList());
        }
        if (filter.rating() != null) {
            and.add("c.rating = :rating");
            parameters.put("rating", filter.rating().name());
        }
        if (!filter.regionIds().isEmpty()) {
            and.add("c.region_id in (:regionIds)");
            parameters.put("regionIds", filter.regionIds().stream().sorted().toList());
        }
        if (filter.nature() != null) {
            and.add("c.nature = :nature");
            parameters.put("nature", filter.nature().name());
        }
        if (filter.businessType() != null) {
            and.add("c.business_type = :businessType");
            parameters.put("businessType", filter.businessType().name());
        }
        if (filter.ownerId() != null) {
            and.add("c.owner_employee_id = :ownerId");
            parameters.put("ownerId", filter.ownerId());
        }
        if (filter.departmentId() != null) {
            and.add("c.department_id in (:departmentIds)");
            parameters.put("departmentIds", departmentIds.isEmpty() ? List.of(filter.departmentId())
                    : departmentIds.stream().sorted().toList());
        }
        StringBuilder from = new StringBuilder("customer c");
        if (filter.mineOnly()) {
            // owned or co-owned: two index look-ups joined, rather than an OR that reads every row
            from.append(" join (select m.id from customer m where m.owner_employee_id = :me union"
                    + " select o.customer_id from customer_co_owner o where o.employee_id = :me) mine on mine.id = c.id");
            parameters.put("me", me);
        }
        if (filter.text() != null && plan.broad() && !isAscii(filter.text())) {
            parameters.put("textPrefix", LikePatterns.startsWith(filter.text()));
            parameters.put("textContains", LikePatterns.contains(filter.text()));
            and.add("(c.name like :textContains escape '!' or c.short_name like :textPrefix escape '!' or exists"
                    + " (select 1 from customer_contact k where k.customer_id = c.id"
                    + " and k.name like :textPrefix escape '!'))");
        } else if (filter.text() != null) {
            from.append(" join (").append(matchingIds(filter.text(), plan, parameters)).append(") t on t.id = c.id");
        }
        return new Part(from.toString(), String.join(" and ", and), parameters);
    }

    /**
     * The part as a count reads it: a filter on the low-cardinality columns alone (grade, region, nature, business
     * type, rating: two of them, or one the narrower (column, status) indexes do not hold) names the covering index
     * of V3_8_8, which MariaDB 10.11 passes over for the region's index and then reads a row per match (measured
     * 140–200 ms against 24 ms at 100,000 archives). Any other filter is left to the optimizer: an owner, a
     * department, "mine only" or a text select fewer rows through their own indexes.
     */
    public static Part forCount(Part part, CustomerFilter filter) {
        boolean otherColumns = filter.text() != null || filter.mineOnly() || filter.ownerId() != null
                || filter.departmentId() != null;
        int narrowColumns = (filter.grades().isEmpty() ? 0 : 1) + (filter.regionIds().isEmpty() ? 0 : 1);
        int wideColumns = (filter.nature() == null ? 0 : 1) + (filter.businessType() == null ? 0 : 1)
                + (filter.rating() == null ? 0 : 1);
        if (otherColumns || (narrowColumns < 2 && wideColumns == 0)) {
            return part;
        }
        return new Part("customer c use index (ix_customer_dir_filter)", part.where(), part.parameters());
    }

    /** The ids whose search keys match the text: a union of index range scans (or the name scan for Chinese). */
    private static String matchingIds(String text, TextPlan plan, Map<String, Object> parameters) {
        String prefix = LikePatterns.startsWith(text);
        parameters.put("textPrefix", prefix);
        List<String> union = new ArrayList<>();
        String key = pinyinKey(text);
        if (key != null) {
            parameters.put("pinyin", LikePatterns.startsWith(key));
            union.add("select s.id from customer s where s.name_pinyin like :pinyin escape '!'");
            union.add("select s.id from customer s where s.name_initials like :pinyin escape '!'");
        }
        if (isAscii(text)) {
            parameters.put("textUpper", prefix.toUpperCase(Locale.ROOT));
            union.add("select s.id from customer s where s.code like :textUpper escape '!'");
            union.add("select s.id from customer s where s.credit_code like :textUpper escape '!'");
            union.add("select k.customer_id from customer_contact k where k.phone like :textPrefix escape '!'");
            union.add("select k.customer_id from customer_contact k where k.mobile like :textPrefix escape '!'");
        } else {
            parameters.put("textContains", LikePatterns.contains(text));
            Set<String> tokens = CustomerNames.searchTokens(text);
            if (tokens.isEmpty()) {
                union.add("select s.id from customer s where s.name like :textContains escape '!'");
            } else if (plan.startToken() != null) {
                // the rarest token's archives (V3_8_7), confirmed by LIKE: no need to read the common tokens' rows
                parameters.put("startToken", plan.startToken());
                union.add("select s.id from customer_name_token n join customer s on s.id = n.customer_id"
                        + " where n.token = :startToken and s.name like :textContains escape '!'");
            } else {
                // the archives holding every token of the text (V3_8_7), confirmed by LIKE
                parameters.put("nameTokens", List.copyOf(tokens));
                parameters.put("nameTokenCount", tokens.size());
                union.add("select s.id from customer s join (select n.customer_id from customer_name_token n"
                        + " where n.token in (:nameTokens) group by n.customer_id having count(*) = :nameTokenCount)"
                        + " candidate on candidate.customer_id = s.id where s.name like :textContains escape '!'");
            }
        }
        union.add("select s.id from customer s where s.short_name like :textPrefix escape '!'");
        union.add("select k.customer_id from customer_contact k where k.name like :textPrefix escape '!'");
        // the union's column is named by its first select: "id"
        return String.join(" union ", union);
    }

    private static boolean isAscii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).chars().allMatch(c -> c < 128);
    }

    /** The text as the pinyin columns store it ({@code Hua Wei → huawei}), or null when it is not pinyin. */
    static String pinyinKey(String text) {
        String key = PINYIN_SEPARATORS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)).replaceAll("");
        return PINYIN_KEY.matcher(key).matches() ? key : null;
    }

    /** The order by clause (without {@code order by}) for the grid's sort; by name when unsorted; id last. */
    public static String orderBy(Sort sort) {
        Sort.Order first = firstOrder(sort);
        String direction = first.isAscending() ? " asc" : " desc";
        List<String> keys = new ArrayList<>();
        columns(first).forEach(column -> keys.add(column + direction));
        keys.add("c.id" + direction);
        return String.join(", ", keys);
    }

    /**
     * The rows after {@code position} in the sort order (keyset paging): the part narrowed by a condition on the
     * sort columns and the id that an index range serves, so page n costs what page 1 costs. NULLs sort first
     * ascending and last descending on MariaDB and H2 (MySQL mode), and the condition follows that.
     */
    public static Part after(Part part, Sort sort, Position position) {
        Sort.Order first = firstOrder(sort);
        List<String> columns = columns(first);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String condition = first.isAscending() ? "c.id > :afterId" : "c.id < :afterId";
        parameters.put("afterId", position.id());
        for (int i = columns.size() - 1; i >= 0; i--) {
            String column = columns.get(i);
            Object value = POSITION_VALUES.get(column).apply(position);
            String name = "after" + i;
            condition = keyAfter(column, value, name, first.isAscending(), condition);
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return part.and(condition, parameters);
    }

    /** Rows after a key value in one column, then {@code rest} among the rows with the same value. */
    private static String keyAfter(String column, Object value, String name, boolean ascending, String rest) {
        if (value == null) {
            return ascending ? "(" + column + " is not null or (" + column + " is null and " + rest + "))"
                    : "(" + column + " is null and " + rest + ")";
        }
        String beyond = ascending ? column + " > :" + name : "(" + column + " < :" + name + " or " + column
                + " is null)";
        // the leading comparison lets the optimizer read an index range from the position on
        String from = ascending ? column + " >= :" + name + " and " : "";
        return "(" + from + "(" + beyond + " or (" + column + " = :" + name + " and " + rest + ")))";
    }

    private static Sort.Order firstOrder(Sort sort) {
        return sort.stream().filter(order -> !order.getProperty().equals("id")).findFirst()
                .orElse(Sort.Order.asc("name"));
    }

    private static List<String> columns(Sort.Order order) {
        List<String> columns = SORTS.get(order.getProperty());
        if (columns == null) {
            throw new IllegalArgumentException("The directory cannot sort by " + order.getProperty());
        }
        return columns;
    }
}
