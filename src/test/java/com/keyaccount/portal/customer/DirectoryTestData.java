package com.keyaccount.portal.customer;

import com.keyaccount.portal.DemoUsers;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Archives for the directory tests, created through the service; grade, status and dates set as later steps would. */
final class DirectoryTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    private final CustomerService customers;
    private final DemoUsers demo;
    private final JdbcTemplate jdbc;

    DirectoryTestData(CustomerService customers, DemoUsers demo, JdbcTemplate jdbc) {
        this.customers = customers;
        this.demo = demo;
        this.jdbc = jdbc;
    }

    /** A tag no other archive's name contains: 测 and a number. */
    static String tag() {
        return "测" + SEQUENCE.incrementAndGet() + "号";
    }

    /** A suffix that keeps a name unique without adding pinyin letters to it (digits only). */
    String tagLessSuffix() {
        return Integer.toString(SEQUENCE.incrementAndGet());
    }

    long create(String login, String name, Confidentiality level) {
        CustomerDraft draft = CustomerFixtures.draft(name);
        draft.setConfidentiality(level);
        return demo.as(login, () -> customers.create(draft));
    }

    void set(long id, String column, Object value) {
        jdbc.update("update customer set " + column + " = ? where id = ?", value, id);
    }

    void followedUp(long id, LocalDate on) {
        set(id, "last_follow_up_on", on);
    }

    void contact(long id, String name, String phone, String mobile) {
        jdbc.update("insert into customer_contact (customer_id, version, name, phone, mobile, primary_contact,"
                + " created_at) values (?, 0, ?, ?, ?, true, current_timestamp)", id, name, phone, mobile);
    }

    long employee(String number) {
        return jdbc.queryForObject("select id from employee where employee_no = ?", Long.class, number);
    }

    long department(String code) {
        return jdbc.queryForObject("select id from department where code = ?", Long.class, code);
    }
}
