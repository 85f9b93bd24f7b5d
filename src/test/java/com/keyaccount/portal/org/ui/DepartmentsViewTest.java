package com.keyaccount.portal.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentSummary;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("admin")
class DepartmentsViewTest extends ViewTestBase {

    @Test
    void theTreeShowsTheCompanyWithItsDepartments() {
        DepartmentsView view = navigate(DepartmentsView.class);
        assertThat(view.tree.getTreeData().getRootItems()).singleElement()
                .satisfies(root -> assertThat(root.name()).isEqualTo("宏达商贸有限公司"));
        assertThat(view.tree.getTreeData().getChildren(view.tree.getTreeData().getRootItems().getFirst()))
                .extracting(DepartmentSummary::name).contains("大客户部", "销售部", "财务部");
    }

    @Test
    void aDuplicateCodeIsShownOnTheCodeFieldAndTheDialogStaysOpen() {
        DepartmentsView view = navigate(DepartmentsView.class);
        test(view.create).click();
        DepartmentDialog dialog = find(DepartmentDialog.class).single();
        dialog.name.setValue("新销售部");
        dialog.code.setValue("SALES");
        dialog.kind.setValue(DepartmentKind.DEPARTMENT);
        dialog.parent.setValue(dialog.parent.getListDataView().getItems()
                .filter(d -> d.code().equals("HQ")).findFirst().orElseThrow());
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("部门编码“SALES”已被使用");
        assertThat(dialog.name.getValue()).isEqualTo("新销售部");
    }

    @Test
    void deletingADepartmentWithPeopleAsksFirstThenExplainsTheRefusal() {
        DepartmentsView view = navigate(DepartmentsView.class);
        view.search.setValue("FIN");
        DepartmentSummary company = view.tree.getTreeData().getRootItems().getFirst();
        DepartmentSummary fin = view.tree.getTreeData().getChildren(company).getFirst();
        assertThat(fin.code()).isEqualTo("FIN");
        ConfirmDialog confirm = openDeleteConfirmation(view, fin);
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).confirm();
        assertThat(notificationTexts()).contains("不能删除“财务部”：它还有 1 名员工（含离职人员）");
        assertThat(view.tree.getTreeData().contains(fin)).isTrue();
    }

    private ConfirmDialog openDeleteConfirmation(DepartmentsView view, DepartmentSummary department) {
        view.confirmDelete(department);
        return find(ConfirmDialog.class).single();
    }
}
