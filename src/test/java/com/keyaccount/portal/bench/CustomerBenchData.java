package com.keyaccount.portal.bench;

import com.keyaccount.portal.customer.CreditCode;
import com.keyaccount.portal.customer.CustomerNames;
import com.keyaccount.portal.customer.PinyinKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's customer volume (issue 13: 100,000 customers, 300,000 contacts, 1,000,000 follow-ups, 2,400,000
 * monthly sales rows) written straight into the tables with multi-row INSERTs on one connection. Names are
 * realistic (city + brand + trade + legal form, polyphone cities 重庆 长沙 厦门 蚌埠 among them) with their
 * {@code name_key}, pinyin, initials and name tokens computed by {@link CustomerNames} and {@link PinyinKeys} exactly
 * as the archive stores them; owners are the existing employees, regions the existing ones (two are added when none exist).
 * Deterministic: the same arguments give the same data. On MariaDB the session skips unique and foreign-key checks
 * while it loads (the generator never breaks them).
 */
public final class CustomerBenchData {

    /** Rows per INSERT statement. */
    private static final int BATCH = 1000;

    private static final String[] CITIES = {"重庆", "长沙", "厦门", "蚌埠", "北京", "上海", "广州", "深圳", "杭州", "南京",
        "成都", "武汉", "西安", "福州", "泉州", "长春", "重庆两江", "佛山", "东莞", "苏州", "无锡", "宁波", "合肥", "济南"};
    private static final String[] BRANDS = {"宏达", "华为", "盛世", "金利", "鑫源", "恒通", "银河", "长城", "天虹", "永辉",
        "中行", "乐行", "海纳", "博远", "瑞丰", "兴业", "华润", "祥和", "汇丰", "光明", "朝阳", "重华", "长荣", "和平"};
    private static final String[] TRADES = {"商贸", "电子", "银行", "食品", "建材", "物流", "医药", "纺织", "机械", "化工",
        "家电", "服饰", "酒店", "科技", "能源", "农业"};
    private static final String[] FORMS = {"有限公司", "股份有限公司", "集团有限公司", "有限责任公司", "商行", "分公司"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
        "朱", "胡", "郭", "何", "林", "曾", "单", "覃", "解"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明",
        "超", "秀英", "建国", "志强", "丽华", "晓东"};
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "PROSPECT", "SURVEYING",
        "CONTRACTING", "TERMINATED", "DEREGISTERED"};
    private static final String[] GRADES = {"A1", "A2", "B1", "B2", "C", "D"};
    private static final String[] RATINGS = {"AAA", "AA", "A", "B"};
    private static final String[] LEVELS = {"PERSONAL", "PERSONAL", "DEPARTMENT", "COMPANY"};
    private static final String[] NATURES = {"DISTRIBUTOR", "END_CUSTOMER", "END_CUSTOMER", "SUPPLIER"};
    private static final String[] KINDS = {"VISIT", "CALL", "EMAIL", "MEETING", "LETTER", "FAX", "RECEPTION"};
    private static final String[] PRODUCTS = {"标准件", "定制件", "服务"};
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** What was written, for the benchmark's note. */
    public record Counts(int customers, long contacts, long followUps, long sales, long millis) {
    }

    private CustomerBenchData() {
    }

    /**
     * Appends the customers with their contacts, follow-ups and monthly sales (one product line per month, the last
     * {@code salesMonths} months) to whatever the tables hold.
     */
    public static Counts generate(JdbcTemplate jdbc, int customers, int contactsPerCustomer, int followUpsPerCustomer,
            int salesMonths) {
        long started = System.currentTimeMillis();
        return jdbc.execute((ConnectionCallback<Counts>) connection -> {
            try (Statement statement = connection.createStatement()) {
                boolean mariaDb = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                        .matches(".*(mariadb|mysql).*");
                if (mariaDb) {
                    statement.execute("set unique_checks = 0");
                    statement.execute("set foreign_key_checks = 0");
                }
                List<long[]> staff = longs(statement, "select id, department_id from employee where status = 'ACTIVE'");
                List<Long> regions = regions(statement);
                long firstId = single(statement, "select coalesce(max(id), 0) from customer") + 1;
                long contactId = single(statement, "select coalesce(max(id), 0) from customer_contact") + 1;
                Rows customerRows = new Rows(statement, "insert into customer (id, version, code, name, short_name,"
                        + " name_key, name_pinyin, name_initials, credit_code, variant, nature, business_type, market,"
                        + " region_id, industry, address, phone, confidentiality, status, status_changed_at,"
                        + " owner_employee_id, department_id, grade, rating, last_follow_up_on, created_at, created_by,"
                        + " updated_at) values ");
                Rows contactRows = new Rows(statement, "insert into customer_contact (id, customer_id, version, name,"
                        + " title, phone, mobile, primary_contact, created_at) values ");
                Rows followUpRows = new Rows(statement, "insert into customer_follow_up (customer_id, version, kind,"
                        + " occurred_on, staff_employee_id, summary, late, recorded_at, recorded_by) values ");
                Rows saleRows = new Rows(statement, "insert into customer_monthly_sale (customer_id, version,"
                        + " sales_month, responsible_employee_id, product, amount, discount, gross_profit) values ");
                Rows tokenRows = new Rows(statement, "insert into customer_name_token (token, customer_id) values ");
                for (int chunk = 0; chunk < customers; chunk += BATCH) {
                    int end = Math.min(customers, chunk + BATCH);
                    // parents first: on H2 (no session switch) the foreign keys stay checked
                    for (int i = chunk; i < end; i++) {
                        customerRows.add(customer(i, firstId + i, staff.get(i % staff.size()), regions,
                                lastFollowUp(i, followUpsPerCustomer)));
                    }
                    customerRows.flush();
                    for (int i = chunk; i < end; i++) {
                        long id = firstId + i;
                        for (String token : CustomerNames.nameTokens(name(i))) {
                            tokenRows.add("'" + token + "'," + id);
                        }
                        long[] owner = staff.get(i % staff.size());
                        for (int k = 0; k < followUpsPerCustomer; k++) {
                            followUpRows.add(id + ",0,'" + KINDS[(i + k) % KINDS.length] + "','" + followUpOn(i, k)
                                    + "'," + owner[0] + ",'拜访客户，沟通第" + (k + 1) + "季度订货计划',false,'"
                                    + followUpOn(i, k) + " 18:00:00','bench'");
                        }
                        for (int k = 0; k < contactsPerCustomer; k++) {
                            String name = SURNAMES[(i + k) % SURNAMES.length] + GIVEN[(i / 3 + k * 7) % GIVEN.length];
                            contactRows.add((contactId++) + "," + id + ",0,'" + name + "','采购经理','0591-"
                                    + String.format("%08d", (i * 10L + k) % 100_000_000) + "','1"
                                    + String.format("%010d", 3_000_000_000L + i * 10L + k) + "'," + (k == 0)
                                    + ",'2026-01-05 09:00:00'");
                        }
                        for (int m = 0; m < salesMonths; m++) {
                            LocalDate month = TODAY.withDayOfMonth(1).minusMonths(m);
                            long amount = 5_000 + (i * 7919L + m * 104_729L) % 95_000;
                            saleRows.add(id + ",0,'" + month + "'," + owner[0] + ",'" + PRODUCTS[i % PRODUCTS.length]
                                    + "'," + amount + ".00," + (amount / 50) + ".00," + (amount / 5) + ".00");
                        }
                    }
                }
                customerRows.flush();
                contactRows.flush();
                followUpRows.flush();
                saleRows.flush();
                tokenRows.flush();
                if (mariaDb) {
                    statement.execute("set unique_checks = 1");
                    statement.execute("set foreign_key_checks = 1");
                }
                return new Counts(customers, contactRows.count, followUpRows.count, saleRows.count,
                        System.currentTimeMillis() - started);
            }
        });
    }

    private static LocalDate followUpOn(int customer, int k) {
        return TODAY.minusDays((customer * 7L + k * 37L) % 720);
    }

    private static LocalDate lastFollowUp(int customer, int followUps) {
        LocalDate last = null;
        for (int k = 0; k < followUps; k++) {
            LocalDate on = followUpOn(customer, k);
            last = last == null || on.isAfter(last) ? on : last;
        }
        return last;
    }

    private static String name(int i) {
        return CITIES[i % CITIES.length] + BRANDS[(i / CITIES.length) % BRANDS.length] + TRADES[(i / 7) % TRADES.length]
                + FORMS[(i / 11) % FORMS.length] + (i < 1000 ? "" : "第" + (i / 1000) + "分部");
    }

    private static String customer(int i, long id, long[] owner, List<Long> regions, LocalDate lastFollowUp) {
        String city = CITIES[i % CITIES.length];
        String brand = BRANDS[(i / CITIES.length) % BRANDS.length];
        String trade = TRADES[(i / 7) % TRADES.length];
        String name = name(i);
        String status = STATUSES[i % STATUSES.length];
        String code = status.equals("ACTIVE") || status.equals("TERMINATED") || status.equals("DEREGISTERED")
                ? "'KA" + (2000 + i % 27) + String.format("%06d", i) + "'" : "null";
        String body = String.format("91%06d%09d", 110000 + (i % 800) * 100, i);
        String creditCode = body + CreditCode.checkCharacter(body);
        return id + ",0," + code + ",'" + name + "','" + brand + trade + "','" + CustomerNames.key(name) + "','"
                + PinyinKeys.full(name) + "','" + PinyinKeys.initials(name) + "','" + creditCode
                + "','END_CUSTOMER_CARD','" + NATURES[i % NATURES.length] + "','AGREEMENT','DOMESTIC',"
                + regions.get(i % regions.size()) + ",'" + trade + "','" + city + "市建设路" + (i % 500 + 1) + "号','0591-"
                + String.format("%08d", i) + "','" + LEVELS[i % LEVELS.length] + "','" + status
                + "','2026-01-01 00:00:00'," + owner[0] + "," + owner[1] + ","
                + (i % 9 == 0 ? "null" : "'" + GRADES[i % GRADES.length] + "'") + ",'" + RATINGS[i % RATINGS.length]
                + "'," + (lastFollowUp == null ? "null" : "'" + lastFollowUp + "'")
                + ",'2026-01-01 00:00:00','bench','2026-01-01 00:00:00'";
    }

    private static List<Long> regions(Statement statement) throws SQLException {
        List<Long> regions = new ArrayList<>();
        for (long[] row : longs(statement, "select id, id from customer_region")) {
            regions.add(row[0]);
        }
        if (regions.isEmpty()) {
            statement.execute("insert into customer_region (code, name) values ('BENCH-E', '华东区'), ('BENCH-S', '华南区')");
            return regions(statement);
        }
        return regions;
    }

    private static List<long[]> longs(Statement statement, String sql) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        if (rows.isEmpty() && sql.contains("employee")) {
            throw new IllegalStateException("The benchmark's customers need employees to own them: load the demo org");
        }
        return rows;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Values collected into multi-row INSERTs of {@link #BATCH} rows. */
    private static final class Rows {

        private final Statement statement;
        private final String insert;
        private final StringBuilder sql = new StringBuilder();
        private int pending;
        private long count;

        Rows(Statement statement, String insert) {
            this.statement = statement;
            this.insert = insert;
        }

        void add(String values) throws SQLException {
            sql.append(pending == 0 ? insert : ",").append('(').append(values).append(')');
            count++;
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.execute(sql.toString());
                sql.setLength(0);
                pending = 0;
            }
        }
    }
}
