package com.keyaccount.portal.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.org.EducationLevel;
import com.keyaccount.portal.org.EmployeeSummary;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.security.Role;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The employee form: localized validation, refusals on the right field, and nothing typed is lost. */
@WithUserDetails("admin")
class EmployeeDialogViewTest extends ViewTestBase {

    @Test
    void theGridListsActiveEmployeesSortedByNumber() {
        EmployeesView view = navigate(EmployeesView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(19);
        assertThat(test(view.grid).getRow(0).employeeNo()).isEqualTo("HD0001");
        assertThat(test(view.grid).getHeaderCell(1)).isEqualTo("姓名");
    }

    @Test
    void searchingNarrowsTheGrid() {
        EmployeesView view = navigate(EmployeesView.class);
        test(view.search).setValue("李娜");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).displayName()).isEqualTo("李娜");
    }

    @Test
    void savingAnEmptyFormShowsRequiredMessagesInChinese() {
        EmployeesView view = navigate(EmployeesView.class);
        test(view.create).click();
        EmployeeDialog dialog = find(EmployeeDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.displayName.isInvalid()).isTrue();
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aTakenUsernameIsShownOnItsFieldAndEverythingTypedStays() {
        EmployeesView view = navigate(EmployeesView.class);
        test(view.create).click();
        EmployeeDialog dialog = find(EmployeeDialog.class).single();
        fill(dialog, "司马懿", "zhangwei");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("用户名“zhangwei”已被使用");
        assertThat(dialog.displayName.getValue()).isEqualTo("司马懿");
        assertThat(dialog.employeeNo.getValue()).isEqualTo("VT0001");
        assertThat(dialog.phone.getValue()).isEqualTo("13912345678");
        assertThat(dialog.initialPassword.getValue()).isEqualTo("Welcome#2026");
        test(view.search).setValue("司马懿");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void aValidNewEmployeeIsSavedAndListed() {
        EmployeesView view = navigate(EmployeesView.class);
        test(view.create).click();
        EmployeeDialog dialog = find(EmployeeDialog.class).single();
        fill(dialog, "司马光", "simaguang");
        dialog.employeeNo.setValue("VT0002");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue("司马光");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).departmentName()).isEqualTo("大客户二组");
    }

    @Test
    void aManagerCycleIsShownOnTheManagerField() {
        EmployeesView view = navigate(EmployeesView.class);
        test(view.search).setValue("HD0003");
        EmployeeSummary liuyang = test(view.grid).getRow(0);
        view.openEditor(liuyang);
        EmployeeDialog dialog = find(EmployeeDialog.class).single();
        dialog.manager.setValue(dialog.manager.getListDataView().getItems()
                .filter(option -> option.employeeNo().equals("HD0004")).findFirst().orElseThrow());
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.manager.isInvalid()).isTrue();
        assertThat(dialog.manager.getErrorMessage()).isEqualTo("不能选择 张伟 作为上级：这会形成循环汇报关系");
        assertThat(dialog.manager.getValue().employeeNo()).isEqualTo("HD0004");
    }

    @Test
    void theDialogShowsOfficesAndSalaryGradeAndRefusesAGradeOutOfRange() {
        EmployeesView view = navigate(EmployeesView.class);
        test(view.search).setValue("HD0002");
        view.openEditor(test(view.grid).getRow(0));
        EmployeeDialog dialog = find(EmployeeDialog.class).single();
        assertThat(dialog.offices.getValue()).containsExactlyInAnyOrder(Office.MARKETING_DIRECTOR,
                Office.KA_DEPARTMENT_MANAGER);
        assertThat(dialog.offices.getItemLabelGenerator().apply(Office.MARKETING_DIRECTOR)).isEqualTo("营销总监");
        assertThat(dialog.salaryGrade.getValue()).isEqualTo(15);

        dialog.salaryGrade.setValue(21);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.salaryGrade.isInvalid()).isTrue();
        assertThat(dialog.salaryGrade.getErrorMessage()).isEqualTo("工资等级须在 1 到 20 之间，或留空（未设置）");
    }

    private static void fill(EmployeeDialog dialog, String name, String username) {
        dialog.displayName.setValue(name);
        dialog.employeeNo.setValue("VT0001");
        dialog.department.setValue(dialog.department.getListDataView().getItems()
                .filter(d -> d.code().equals("KA2")).findFirst().orElseThrow());
        dialog.hireDate.setValue(LocalDate.of(2025, 7, 1));
        dialog.education.setValue(EducationLevel.MASTER);
        dialog.phone.setValue("13912345678");
        dialog.username.setValue(username);
        dialog.initialPassword.setValue("Welcome#2026");
        dialog.roles.setValue(Set.of(Role.EMPLOYEE));
    }
}
