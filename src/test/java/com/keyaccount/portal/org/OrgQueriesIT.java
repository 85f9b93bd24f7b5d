package com.keyaccount.portal.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.org.repository.EmployeeRepository;
import com.keyaccount.portal.security.DataScopeKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What other modules ask of the organisation: chains, heads, offices, the narrow directory, the scope filter. */
class OrgQueriesIT extends AbstractIntegrationTest {

    @Autowired
    OrgQueries queries;
    @Autowired
    DataScopeService dataScopes;
    @Autowired
    EmployeeService employees;
    @Autowired
    EmployeeRepository employeeRepository;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DemoUsers demo;
    @Autowired
    OrgTestData org;

    @Test
    void theManagerChainOfASpecialistRunsUpToTheGeneralManager() {
        long zhangwei = asAdmin(() -> org.employee("HD0004").id());
        assertThat(asEmployee(() -> queries.managerChain(zhangwei))).extracting(EmployeeReference::displayName)
                .containsExactly("刘洋", "陈志强", "王建国");
    }

    @Test
    void aTeamsAncestorsAreItsDepartmentThenTheCompany() {
        long ka1 = asAdmin(() -> org.department("KA1").id());
        assertThat(asEmployee(() -> queries.departmentAncestors(ka1))).extracting(DepartmentReference::name)
                .containsExactly("大客户部", "宏达商贸有限公司");
    }

    @Test
    void headsOfficesAndTheGeneralManager() {
        long ka = asAdmin(() -> org.department("KA").id());
        long liuyang = asAdmin(() -> org.employee("HD0003").id());
        long zhangwei = asAdmin(() -> org.employee("HD0004").id());
        assertThat(asEmployee(() -> queries.headOf(ka))).get().extracting(EmployeeReference::displayName)
                .isEqualTo("陈志强");
        assertThat(asEmployee(() -> queries.responsibleHead(zhangwei))).get()
                .extracting(EmployeeReference::displayName).isEqualTo("刘洋");
        assertThat(asEmployee(() -> queries.responsibleHead(liuyang))).as("a head's own head is one level up").get()
                .extracting(EmployeeReference::displayName).isEqualTo("陈志强");
        assertThat(asEmployee(() -> queries.holdersOf(Office.GENERAL_MANAGER)))
                .extracting(EmployeeReference::employeeNo).containsExactly("HD0001");
        assertThat(asEmployee(queries::generalManager)).get().satisfies(gm -> {
            assertThat(gm.displayName()).isEqualTo("王建国");
            assertThat(gm.departmentName()).isEqualTo("宏达商贸有限公司");
        });
    }

    @Test
    void theTreeIsReloadedOncePerOrgChangeNotPerCall() {
        long before = asEmployee(queries::orgVersion);
        asEmployee(() -> queries.holdersOf(Office.GENERAL_MANAGER));
        assertThat(asEmployee(queries::orgVersion)).as("reading changes nothing").isEqualTo(before);

        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("缓存测试", org.department("PLAN").id())));
        EmployeeDraft draft = asAdmin(() -> employees.loadDraft(id));
        draft.setOffices(Set.of(Office.ARCHIVE_KEEPER));
        demo.run(DemoUsers.ADMIN, () -> employees.update(draft));

        assertThat(asEmployee(queries::orgVersion)).isGreaterThan(before);
        assertThat(asEmployee(() -> queries.holdersOf(Office.ARCHIVE_KEEPER))).extracting(EmployeeReference::id)
                .contains(id);
    }

    @Test
    void theDemoCompanyHasOneHolderOfEveryOffice() {
        assertThat(asEmployee(() -> queries.holdersOf(Office.MARKETING_DIRECTOR)))
                .extracting(EmployeeReference::employeeNo).containsExactly("HD0002");
        assertThat(asEmployee(() -> queries.holdersOf(Office.KA_DEPARTMENT_MANAGER)))
                .extracting(EmployeeReference::employeeNo).containsExactly("HD0002");
        assertThat(asEmployee(() -> queries.holdersOf(Office.DEPUTY_GM_MARKETING)))
                .extracting(EmployeeReference::employeeNo).containsExactly("HD0021");
        assertThat(asEmployee(() -> queries.holdersOf(Office.GENERAL_MANAGER)))
                .extracting(EmployeeReference::employeeNo).containsExactly("HD0001");
        assertThat(asEmployee(() -> queries.holdersOf(Office.ARCHIVE_KEEPER)))
                .extracting(EmployeeReference::employeeNo).contains("HD0006");
        assertThat(asEmployee(() -> queries.holdersOf(Office.CUSTOMER_SERVICE_SPECIALIST)))
                .extracting(EmployeeReference::employeeNo).containsExactly("HD0014");
        assertThat(asAdmin(() -> org.department("SPLAN").name())).isEqualTo("销售计划部");
        assertThat(asAdmin(() -> org.department("MKT").name())).isEqualTo("市场部");
        assertThat(asAdmin(() -> org.department("HR").name())).isEqualTo("人力资源部");
    }

    @Test
    void aLeaverKeepsTheOfficeOnRecordButIsNoLongerAHolder() {
        long id = asAdmin(() -> employees.create(EmployeeFixtures.newEmployee("离职职务", org.department("CS").id())));
        EmployeeDraft draft = asAdmin(() -> employees.loadDraft(id));
        draft.setOffices(Set.of(Office.CUSTOMER_SERVICE_SPECIALIST));
        demo.run(DemoUsers.ADMIN, () -> employees.update(draft));
        assertThat(asEmployee(() -> queries.holdersOf(Office.CUSTOMER_SERVICE_SPECIALIST)))
                .extracting(EmployeeReference::id).contains(id);

        demo.run(DemoUsers.ADMIN, () -> employees.markLeft(id, LocalDate.of(2026, 1, 31),
                employees.loadDraft(id).getVersion()));

        assertThat(asEmployee(() -> queries.holdersOf(Office.CUSTOMER_SERVICE_SPECIALIST)))
                .extracting(EmployeeReference::id).doesNotContain(id);
        assertThat(asAdmin(() -> employees.loadDraft(id).getOffices())).containsExactly(Office.CUSTOMER_SERVICE_SPECIALIST);
    }

    @Test
    void everyoneReadsTheNarrowDirectoryButOnlyAdministratorsPersonnelData() {
        long lina = asAdmin(() -> org.employee("HD0005").id());
        assertThat(asEmployee(() -> employees.findReferences("李娜", PageRequest.of(0, 5)))).singleElement()
                .isEqualTo(new EmployeeReference(lina, "李娜", "HD0005", asAdmin(() -> org.department("KA1").id()),
                        "大客户一组"));
        assertThatThrownBy(() -> asEmployee(() -> employees.findProfile(lina))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asEmployee(() -> employees.find(EmployeeFilter.none(), PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asEmployee(() -> employees.count(EmployeeFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asEmployee(employees::findOwnProfile)).get().satisfies(own -> {
            assertThat(own.employeeNo()).isEqualTo("HD0004");
            assertThat(own.phone()).isNotBlank();
        });
        assertThat(asAdmin(() -> employees.findProfile(lina))).get().extracting(EmployeeProfile::email)
                .isEqualTo("lina@hongda.example.com");
    }

    @Test
    void aWildcardInTheSearchFindsOnlyItselfNotEveryone() {
        long id = asAdmin(() -> employees.create(withPosition(EmployeeFixtures.newEmployee("通配符", 
                org.department("LOG").id()), "A_B%C")));
        assertThat(asAdmin(() -> employees.find(new EmployeeFilter("_", null, null), PageRequest.of(0, 50))))
                .extracting(EmployeeSummary::id).containsExactly(id);
        assertThat(asAdmin(() -> employees.count(new EmployeeFilter("%", null, null)))).isEqualTo(1);
        assertThat(asEmployee(() -> employees.findReferences("_", PageRequest.of(0, 50)))).isEmpty();
    }

    @Test
    void theScopeSpecificationFiltersAnEntityAsTheRuleSays() {
        DataScope manager = demo.as(DemoUsers.MANAGER, dataScopes::currentScope);
        List<Long> visible = inTransaction(() -> employeeRepository
                .findAll(manager.<Employee>toSpecification("id", "department.id")).stream().map(Employee::getId)
                .toList());
        long ka1 = asAdmin(() -> org.department("KA1").id());
        List<Long> expected = inTransaction(() -> employeeRepository.findAll().stream()
                .filter(e -> manager.employeeIds().contains(e.getId()) || e.getDepartment().getId() == ka1)
                .map(Employee::getId).toList());
        assertThat(visible).containsExactlyInAnyOrderElementsOf(expected).hasSizeGreaterThanOrEqualTo(4);

        DataScope nothing = new DataScope(DataScopeKind.SELF, 0, Set.of(), Set.of());
        assertThat(inTransaction(() -> employeeRepository.findAll(nothing.<Employee>toSpecification("id",
                "department.id")))).as("empty IN lists match nothing").isEmpty();
        DataScope all = demo.as(DemoUsers.GENERAL_MANAGER, dataScopes::currentScope);
        assertThat(inTransaction(() -> employeeRepository.count(all.<Employee>toSpecification("id", "department.id"))))
                .isEqualTo(inTransaction(employeeRepository::count));
    }

    @Test
    void theScopeJpqlFragmentFiltersTheSameWay() {
        DataScope head = demo.as(DemoUsers.DEPARTMENT_HEAD, dataScopes::currentScope);
        DataScope.JpqlFilter filter = head.toJpql("e.id", "e.department.id");
        List<Long> visible = inTransaction(() -> {
            TypedQuery<Long> query = entityManager.createQuery(
                    "select e.id from Employee e where " + filter.condition(), Long.class);
            filter.parameters().forEach(query::setParameter);
            return query.getResultList();
        });
        List<Long> expected = inTransaction(() -> employeeRepository
                .findAll(head.<Employee>toSpecification("id", "department.id")).stream().map(Employee::getId).toList());
        assertThat(visible).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(visible).contains(asAdmin(() -> org.employee("HD0010").id()))
                .doesNotContain(asAdmin(() -> org.employee("HD0011").id()));

        DataScope.JpqlFilter none = new DataScope(DataScopeKind.SELF, 0, Set.of(), Set.of()).toJpql("e.id", null);
        assertThat(inTransaction(() -> {
            TypedQuery<Long> query = entityManager.createQuery(
                    "select e.id from Employee e where " + none.condition(), Long.class);
            none.parameters().forEach(query::setParameter);
            return query.getResultList();
        })).isEmpty();
    }

    private static EmployeeDraft withPosition(EmployeeDraft draft, String position) {
        draft.setPositionTitle(position);
        return draft;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private <T> T asAdmin(Supplier<T> work) {
        return demo.as(DemoUsers.ADMIN, work);
    }

    private <T> T asEmployee(Supplier<T> work) {
        return demo.as(DemoUsers.EMPLOYEE, work);
    }
}
