package com.keyaccount.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log on H2 and MariaDB: refusals survive their rollback, filters by object and actor, stored details. */
class AuditIT extends AbstractIntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    EmployeeService employees;
    @Autowired
    DemoUsers demo;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefusedServiceCallLeavesExactlyOneRefusalRowThoughItsTransactionRollsBack() {
        int before = rows(new AuditFilter(DemoUsers.EMPLOYEE, AuditActions.ACCESS_DENIED, null, null)).size();
        Instant start = clock.instant().truncatedTo(ChronoUnit.MICROS);

        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> transactions.executeWithoutResult(
                status -> employees.update(new EmployeeDraft())))).isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> refusals = rows(new AuditFilter(DemoUsers.EMPLOYEE, AuditActions.ACCESS_DENIED, null, null));
        assertThat(refusals).hasSize(before + 1);
        assertThat(refusals.getFirst()).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(DemoUsers.EMPLOYEE);
            assertThat(entry.occurredAt()).isBetween(start, clock.instant());
            assertThat(entry.detail()).isEqualTo(
                    AuditDetail.of("audit.detail.accessDenied", "EmployeeService.update", "user:manage"));
        });
    }

    @Test
    void theLogIsFilteredByObjectTypeAndId() {
        demo.run(DemoUsers.MANAGER, () -> {
            audit.record("test.customer.opened", "ProbeCustomer", 101, AuditDetail.none());
            audit.record("test.customer.opened", "ProbeCustomer", 1010, AuditDetail.none());
            audit.record("test.customer.opened", "ProbeSupplier", 101, AuditDetail.none());
            audit.record("test.customer.changed", "ProbeCustomer", 101, AuditDetail.none());
        });

        List<AuditEntry> rows = rows(AuditFilter.forEntity("ProbeCustomer", 101));
        assertThat(rows).extracting(AuditEntry::action)
                .containsExactly("test.customer.changed", "test.customer.opened");
        assertThat(rows).allSatisfy(entry -> {
            assertThat(entry.entityType()).isEqualTo("ProbeCustomer");
            assertThat(entry.entityId()).isEqualTo("101");
            assertThat(entry.actor()).isEqualTo(DemoUsers.MANAGER);
        });
        assertThat(asAdmin(() -> audit.count(AuditFilter.forEntity("ProbeCustomer", 101)))).isEqualTo(2);
        assertThat(asAdmin(() -> audit.findEntityTypes())).contains("ProbeCustomer", "ProbeSupplier");
    }

    @Test
    void theActorMatchesByPrefixWithWildcardsTakenLiterally() {
        demo.run(DemoUsers.EMPLOYEE, () -> audit.record("test.actor.probe", null, null, AuditDetail.none()));

        assertThat(rows(new AuditFilter("ZhangW", "test.actor.probe", null, null)))
                .extracting(AuditEntry::actor).contains(DemoUsers.EMPLOYEE);
        assertThat(rows(new AuditFilter("angwei", "test.actor.probe", null, null))).isEmpty();
        assertThat(rows(new AuditFilter("_", "test.actor.probe", null, null))).isEmpty();
        assertThat(rows(new AuditFilter("%", "test.actor.probe", null, null))).isEmpty();
    }

    @Test
    void aDetailIsStoredAsKeyArgumentsAndFieldChanges() {
        AuditDetail detail = AuditDetail.of("audit.detail.employee", "张伟", "HD0004").withChanges(List.of(
                new FieldChange("employee.education", "#education.BACHELOR", "#education.MASTER"),
                new FieldChange("employee.phone", null, "138 0000 0000")));
        demo.run(DemoUsers.ADMIN, () -> audit.record("test.detail.probe", "Employee", 4, detail));

        assertThat(rows(new AuditFilter(null, "test.detail.probe", null, null))).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo(detail));
        Map<String, Object> stored = jdbc.queryForMap(
                "select detail, detail_key, detail_args from audit_event where action = 'test.detail.probe'");
        assertThat(stored.get("detail")).isNull();
        assertThat(stored.get("detail_key")).isEqualTo("audit.detail.employee");
        assertThat(stored.get("detail_args")).isEqualTo("[\"张伟\",\"HD0004\"]");
    }

    @Test
    void aRowWrittenBeforeStructuredDetailsStillShowsItsText() {
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, detail) "
                + "values (?, 'admin', 'test.legacy.probe', 'Employee', '4', '张伟 (HD0004) roles=[EMPLOYEE]')",
                java.sql.Timestamp.from(Instant.parse("2026-01-05T02:00:00Z")));

        assertThat(rows(new AuditFilter(null, "test.legacy.probe", null, null))).singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .isEqualTo(AuditDetail.of(AuditDetail.LEGACY_TEXT, "张伟 (HD0004) roles=[EMPLOYEE]")));
    }

    /** "Who opened customer X" at millions of rows: MariaDB must answer the object filter from its index. */
    @Test
    void theObjectFilterUsesTheEntityIndexOnMariaDb() {
        assumeThat(database()).isEqualTo("mariadb");
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id) "
                + "select timestamp '2026-01-01 00:00:00' + interval seq second, concat('user', seq % 50), "
                + "'test.explain', if(seq % 3 = 0, 'ExplainSupplier', 'ExplainCustomer'), concat('', seq % 2000) "
                + "from seq_1_to_30000");
        try {
            jdbc.execute("analyze table audit_event");
            // the statement Hibernate sends for AuditService.find (the MariaDB driver inlines the parameters)
            List<Map<String, Object>> plan = jdbc.queryForList("explain select e.id from audit_event e "
                    + "where (? is null or e.actor like ? escape '!') and (? is null or e.action = ?) "
                    + "and (? is null or e.entity_type = ?) and (? is null or e.entity_id = ?) "
                    + "and (? is null or e.occurred_at >= ?) and (? is null or e.occurred_at < ?) "
                    + "order by e.occurred_at desc limit 50",
                    new Object[] {null, null, null, null, "ExplainCustomer", "ExplainCustomer", "1234", "1234",
                        null, null, null, null});
            assertThat(plan).singleElement().satisfies(row -> {
                assertThat(row.get("key")).isEqualTo("ix_audit_event_entity");
                assertThat(Long.parseLong(String.valueOf(row.get("rows")))).isLessThan(100);
            });
        } finally {
            jdbc.update("delete from audit_event where action = 'test.explain'");
        }
    }

    private List<AuditEntry> rows(AuditFilter filter) {
        return asAdmin(() -> audit.find(filter, PageRequest.of(0, 100, Sort.by("id").descending())));
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return demo.as(DemoUsers.ADMIN, work);
    }
}
