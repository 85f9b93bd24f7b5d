package com.keyaccount.portal.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Org events after commit, modules' vetoes, unique keys lost to a concurrent save, and all-or-nothing start-up. */
class OrgEventsIT extends AbstractIntegrationTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    DepartmentService departments;
    @Autowired
    EmptyOrgInitializer initializer;
    @Autowired
    RecordingOrgEvents events;
    @Autowired
    VetoingOrgChangeGuard guard;
    @Autowired
    DemoUsers demo;
    @Autowired
    OrgTestData org;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aLeavingIsPublishedAfterCommit() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("离职事件", org.department("CS").id())));
        long version = asAdmin(() -> employees.loadDraft(id).getVersion());
        demo.run(DemoUsers.ADMIN, () -> employees.markLeft(id, LocalDate.of(2026, 1, 15), version));
        assertThat(events.received(EmployeeLeft.class, id)).containsExactly(new EmployeeLeft(id, LocalDate.of(2026, 1, 15)));
    }

    @Test
    void aMoveIsPublishedOnceCommittedAndNotAtAllWhenRolledBack() {
        long cs = asAdmin(() -> org.department("CS").id());
        long sales = asAdmin(() -> org.department("SALES").id());
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("调岗事件", cs)));

        EmployeeDraft rolledBack = asAdmin(() -> employees.loadDraft(id));
        rolledBack.setDepartmentId(sales);
        demo.run(DemoUsers.ADMIN, () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            employees.update(rolledBack);
            status.setRollbackOnly();
        }));
        assertThat(events.received(EmployeeTransferred.class, id)).isEmpty();
        assertThat(asAdmin(() -> employees.loadDraft(id)).getDepartmentId()).isEqualTo(cs);

        EmployeeDraft moved = asAdmin(() -> employees.loadDraft(id));
        moved.setDepartmentId(sales);
        demo.run(DemoUsers.ADMIN, () -> employees.update(moved));
        assertThat(events.received(EmployeeTransferred.class, id)).singleElement().satisfies(event -> {
            assertThat(event.fromDepartmentId()).isEqualTo(cs);
            assertThat(event.toDepartmentId()).isEqualTo(sales);
            assertThat(event.departmentChanged()).isTrue();
            assertThat(event.managerChanged()).isFalse();
        });
    }

    @Test
    void aModuleVetoesTheLeavingOfSomeoneWhoStillOwnsCustomers() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("客户仍在", org.department("CS").id())));
        guard.ownsCustomers(id, 37);
        long version = asAdmin(() -> employees.loadDraft(id).getVersion());
        BusinessException veto = refusal(() -> employees.markLeft(id, LocalDate.of(2026, 1, 15), version));
        assertThat(veto.messageKey()).isEqualTo("test.ownsCustomers");
        assertThat(veto.arguments()).containsExactly("客户仍在", 37);
        assertThat(asAdmin(() -> org.employee(employees.loadDraft(id).getEmployeeNo())).status())
                .isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(events.received(EmployeeLeft.class, id)).isEmpty();
    }

    @Test
    void aModuleVetoesTheDeletionOfAReferencedDepartment() {
        long id = asAdmin(() -> departments.save(draft("REF" + System.nanoTime() % 100000, "被引用部",
                org.department("HQ").id())));
        guard.referenced(id);
        DepartmentSummary department = asAdmin(() -> find(id));
        BusinessException veto = refusal(() -> departments.delete(id, department.version()));
        assertThat(veto.messageKey()).isEqualTo("test.departmentReferenced");
        assertThat(asAdmin(() -> find(id)).name()).isEqualTo("被引用部");
    }

    @Test
    void anEmployeeNumberTakenByAConcurrentSaveIsAFieldErrorNotAnUnexpectedError() throws Exception {
        long ka2 = asAdmin(() -> org.department("KA2").id());
        EmployeeDraft draft = EmployeeFixtures.newEmployee("并发工号", ka2);
        String number = draft.getEmployeeNo();
        Throwable error = raceAgainst("insert into employee (employee_no, display_name, department_id, hire_date,"
                + " education, status, version) values (?, '对手', ?, ?, 'BACHELOR', 'ACTIVE', 0)",
                new Object[] {number, ka2, LocalDate.of(2024, 1, 1)},
                () -> demo.run(DemoUsers.ADMIN, () -> employees.create(draft)));
        jdbc.update("delete from employee where employee_no = ?", number);
        assertThat(error).isInstanceOf(BusinessException.class);
        BusinessException refusal = (BusinessException) error;
        assertThat(refusal.field()).contains("employeeNo");
        assertThat(refusal.messageKey()).isEqualTo("employee.numberTaken");
        assertThat(refusal.arguments()).containsExactly(number);
    }

    @Test
    void aDepartmentCodeTakenByAConcurrentSaveIsAFieldError() throws Exception {
        long hq = asAdmin(() -> org.department("HQ").id());
        String code = "RACE" + System.nanoTime() % 100000;
        Throwable error = raceAgainst("insert into department (code, name, kind, parent_id, sort_order, version)"
                + " values (?, '对手部', 'DEPARTMENT', ?, 0, 0)", new Object[] {code, hq},
                () -> demo.run(DemoUsers.ADMIN, () -> departments.save(draft(code, "竞争部", hq))));
        jdbc.update("delete from department where code = ?", code);
        assertThat(error).isInstanceOf(BusinessException.class);
        BusinessException refusal = (BusinessException) error;
        assertThat(refusal.field()).contains("code");
        assertThat(refusal.messageKey()).isEqualTo("department.codeTaken");
    }

    @Test
    void startUpWorkRunsOnlyOnAnEmptyOrganisationAndAllOrNothing() {
        boolean[] ran = {false};
        assertThat(SystemAuthentication.call(() -> initializer.runIfEmpty(() -> ran[0] = true))).isFalse();
        assertThat(ran[0]).isFalse();

        String code = "HALF" + System.nanoTime() % 100000;
        long hq = asAdmin(() -> org.department("HQ").id());
        Throwable failure = catchThrowable(() -> SystemAuthentication.run(() -> initializer.runInOneTransaction(
                () -> true, () -> {
                    departments.save(draft(code, "半途部", hq));
                    throw new IllegalStateException("second step fails");
                })));
        assertThat(failure).hasMessage("second step fails");
        assertThat(asAdmin(() -> departments.findAll())).noneMatch(d -> d.code().equals(code));
    }

    /**
     * Another connection inserts the same key and keeps its transaction open while {@code mine} runs: {@code mine}
     * passes the up-front check (the row is not committed), then its insert waits on the key and fails once the
     * rival commits.
     */
    private Throwable raceAgainst(String rivalInsert, Object[] arguments, Runnable mine) throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> rival = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.update(rivalInsert, arguments);
                inserted.countDown();
                awaitQuietly(release);
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Throwable> attempt = pool.submit(() -> catchThrowable(mine::run));
            Thread.sleep(700);
            release.countDown();
            rival.get(30, TimeUnit.SECONDS);
            return attempt.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BusinessException refusal(Runnable adminAction) {
        return catchThrowableOfType(BusinessException.class, () -> demo.run(DemoUsers.ADMIN, adminAction));
    }

    private <T> T asAdmin(Supplier<T> work) {
        return demo.as(DemoUsers.ADMIN, work);
    }

    private DepartmentSummary find(long id) {
        return departments.findAll().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private static DepartmentDraft draft(String code, String name, Long parentId) {
        DepartmentDraft draft = new DepartmentDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKind(DepartmentKind.DEPARTMENT);
        draft.setParentId(parentId);
        return draft;
    }
}
