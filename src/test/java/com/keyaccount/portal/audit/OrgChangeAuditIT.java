package com.keyaccount.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.org.DepartmentDraft;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EducationLevel;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFixtures;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.OrgTestData;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Employee and department updates record only the fields that changed, and nothing when nothing changed. */
class OrgChangeAuditIT extends AbstractIntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    EmployeeService employees;
    @Autowired
    DepartmentService departments;
    @Autowired
    OrgTestData org;
    @Autowired
    DemoUsers demo;

    @Test
    void anEmployeeUpdateRecordsOnlyTheChangedFieldsIncludingADepartmentMove() {
        long id = asAdmin(() -> employees.create(
                EmployeeFixtures.newEmployee("差异测试", org.department("KA2").id())));
        EmployeeDraft edit = asAdmin(() -> employees.loadDraft(id));
        edit.setDepartmentId(asAdmin(() -> org.department("KA1").id()));
        edit.setEducation(EducationLevel.MASTER);
        edit.setPhone("138 0013 8000");

        demo.run(DemoUsers.ADMIN, () -> employees.update(edit));

        assertThat(rowsAbout("Employee", id, AuditActions.EMPLOYEE_UPDATED)).singleElement().satisfies(entry -> {
            assertThat(entry.detail().key()).isEqualTo("audit.detail.employee");
            assertThat(entry.detail().args()).containsExactly("差异测试", edit.getEmployeeNo());
            assertThat(entry.detail().changes()).containsExactly(
                    new FieldChange("employee.department", "大客户二组", "大客户一组"),
                    new FieldChange("employee.education", "#education.BACHELOR", "#education.MASTER"),
                    new FieldChange("employee.phone", null, "138 0013 8000"));
        });
    }

    @Test
    void savingAnUnchangedEmployeeWritesNoRow() {
        long id = asAdmin(() -> employees.create(
                EmployeeFixtures.newEmployee("不变测试", org.department("KA2").id())));

        demo.run(DemoUsers.ADMIN, () -> employees.update(asAdmin(() -> employees.loadDraft(id))));

        assertThat(rowsAbout("Employee", id, AuditActions.EMPLOYEE_UPDATED)).isEmpty();
        assertThat(rowsAbout("Employee", id, AuditActions.EMPLOYEE_CREATED)).hasSize(1);
    }

    @Test
    void aDepartmentMoveAndRenameAreRecordedAndAnUnchangedSaveIsNot() {
        String code = "AUD" + System.nanoTime() % 100_000;
        DepartmentDraft draft = new DepartmentDraft();
        draft.setCode(code);
        draft.setName("审计测试组");
        draft.setKind(DepartmentKind.TEAM);
        draft.setParentId(asAdmin(() -> org.department("KA").id()));
        long id = asAdmin(() -> departments.save(draft));
        assertThat(rowsAbout("Department", id, AuditActions.DEPARTMENT_CREATED)).singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .isEqualTo(AuditDetail.of("audit.detail.department", "审计测试组", code)));

        demo.run(DemoUsers.ADMIN, () -> departments.save(DepartmentDraft.of(find(id))));
        assertThat(rowsAbout("Department", id, AuditActions.DEPARTMENT_UPDATED)).isEmpty();

        DepartmentDraft move = DepartmentDraft.of(find(id));
        move.setParentId(asAdmin(() -> org.department("SALES").id()));
        move.setName("销售测试组");
        demo.run(DemoUsers.ADMIN, () -> departments.save(move));

        assertThat(rowsAbout("Department", id, AuditActions.DEPARTMENT_UPDATED)).singleElement()
                .satisfies(entry -> assertThat(entry.detail().changes()).containsExactly(
                        new FieldChange("department.name", "审计测试组", "销售测试组"),
                        new FieldChange("department.parent", "大客户部", "销售部")));
    }

    private DepartmentSummary find(long id) {
        return asAdmin(() -> departments.findAll()).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private List<AuditEntry> rowsAbout(String type, long id, String action) {
        return asAdmin(() -> audit.find(new AuditFilter(null, action, type, String.valueOf(id), null, null),
                PageRequest.of(0, 50, Sort.by("id").descending())));
    }

    private <T> T asAdmin(Supplier<T> work) {
        return demo.as(DemoUsers.ADMIN, work);
    }
}
