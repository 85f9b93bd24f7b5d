package com.keyaccount.portal.customer.repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Plain SQL for the directory: the page of ids is chosen first from the sort order's index (a deferred join), then
 * only those rows are read, so a deep page does not read 90,000 rows to drop them.
 */
class CustomerDirectoryQueriesImpl implements CustomerDirectoryQueries {

    private final NamedParameterJdbcTemplate jdbc;

    CustomerDirectoryQueriesImpl(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Line> findLines(CustomerDirectorySql.Part where, String orderBy, int limit, long offset) {
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        String sql = """
                select c.id, c.name, c.short_name, c.code, r.name as region_name, c.grade, c.rating,
                       c.owner_employee_id, c.department_id, c.status, c.last_follow_up_on, c.confidentiality
                from (select c.id from %s where %s order by %s limit :limit offset :offset) p
                join customer c on c.id = p.id
                left join customer_region r on r.id = c.region_id
                order by %s
                """.formatted(where.from(), where.where(), orderBy, orderBy);
        return jdbc.query(sql, parameters, CustomerDirectoryQueriesImpl::line);
    }

    private static Line line(ResultSet rs, int row) throws SQLException {
        Date lastFollowUp = rs.getDate("last_follow_up_on");
        return new Line(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"), rs.getString("code"),
                rs.getString("region_name"), rs.getString("grade"), rs.getString("rating"),
                rs.getLong("owner_employee_id"), rs.getLong("department_id"), rs.getString("status"),
                lastFollowUp == null ? null : lastFollowUp.toLocalDate(), rs.getString("confidentiality"));
    }

    @Override
    public long countLines(CustomerDirectorySql.Part where) {
        Long count = jdbc.queryForObject("select count(*) from " + where.from() + " where " + where.where(),
                where.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public long countLines(CustomerDirectorySql.Part where, long limit) {
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("countLimit", limit);
        Long count = jdbc.queryForObject("select count(*) from (select c.id from " + where.from() + " where "
                + where.where() + " limit :countLimit) counted", parameters, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public long countTokenRows(String token, long limit) {
        Long count = jdbc.queryForObject("select count(*) from (select n.customer_id from customer_name_token n"
                + " where n.token = :token limit :limit) counted", Map.of("token", token, "limit", limit), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Map<Long, Set<Long>> findCoOwners(Collection<Long> customerIds) {
        Map<Long, Set<Long>> coOwners = new HashMap<>();
        if (customerIds.isEmpty()) {
            return coOwners;
        }
        jdbc.query("select customer_id, employee_id from customer_co_owner where customer_id in (:ids)",
                Map.of("ids", customerIds), rs -> {
                    coOwners.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
                });
        return coOwners;
    }

    @Override
    public Map<Long, ArchiveColumns> findArchiveColumns(Collection<Long> customerIds) {
        Map<Long, ArchiveColumns> columns = new LinkedHashMap<>();
        if (customerIds.isEmpty()) {
            return columns;
        }
        Map<Long, String[]> contacts = new HashMap<>();
        jdbc.query("""
                select customer_id, name, phone, mobile from customer_contact
                where customer_id in (:ids) and primary_contact = true order by id
                """, Map.of("ids", customerIds), rs -> {
                    String phone = rs.getString("mobile") != null ? rs.getString("mobile") : rs.getString("phone");
                    contacts.putIfAbsent(rs.getLong("customer_id"), new String[] {rs.getString("name"), phone});
                });
        jdbc.query("select id, credit_code, phone, address from customer where id in (:ids)",
                Map.of("ids", customerIds), rs -> {
                    String[] contact = contacts.getOrDefault(rs.getLong("id"), new String[2]);
                    columns.put(rs.getLong("id"), new ArchiveColumns(rs.getString("credit_code"),
                            rs.getString("phone"), rs.getString("address"), contact[0], contact[1]));
                });
        return columns;
    }
}
