package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.RegionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** 区域管理 (002 四): an administrator adds and edits regions; a bad code is explained on its field. */
@WithUserDetails("admin")
class RegionListViewTest extends ViewTestBase {

    @Test
    void anAdministratorAddsARegionAndFindsItBySearch() {
        RegionListView view = navigate(RegionListView.class);
        String code = "VT" + System.nanoTime() % 1_000_000;
        test(view.create).click();
        RegionDialog dialog = find(RegionDialog.class).single();
        dialog.code.setValue(code.toLowerCase());
        dialog.name.setValue("闽东北区");
        dialog.groupName.setValue("二组");
        dialog.boundaries.setValue("福州以北至宁德");
        dialog.unsuitableTimes.setValue("每周一上午");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        view.search.setValue(code);
        assertThat(test(view.grid).size()).isEqualTo(1);
        RegionSummary row = test(view.grid).getRow(0);
        assertThat(row.code()).isEqualTo(code);
        assertThat(row.name()).isEqualTo("闽东北区");
        assertThat(row.unsuitableTimes()).isEqualTo("每周一上午");
        assertThat(row.active()).isTrue();
        assertThat(test(view.grid).getHeaderCell(5)).isEqualTo("备注");

        view.openDialog(row);
        RegionDialog edit = find(RegionDialog.class).single();
        assertThat(edit.name.getValue()).isEqualTo("闽东北区");
        edit.active.setValue(false);
        test(edit.save).click();
        assertThat(test(view.grid).getRow(0).active()).isFalse();
    }

    @Test
    void anInvalidCodeIsExplainedOnItsFieldAndTheDialogStaysOpen() {
        RegionListView view = navigate(RegionListView.class);
        test(view.create).click();
        RegionDialog dialog = find(RegionDialog.class).single();
        dialog.code.setValue("华东");
        dialog.name.setValue("华东区");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("区域代号须为 1–20 位大写字母、数字或 -");
        assertThat(dialog.name.getValue()).isEqualTo("华东区");
    }
}
