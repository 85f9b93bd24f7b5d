package com.keyaccount.portal.appraisal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.AppraisalTestData;
import com.keyaccount.portal.appraisal.CycleStatus;
import com.keyaccount.portal.appraisal.CycleSummary;
import com.keyaccount.portal.appraisal.StandardTemplates;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 考核周期: the general manager sees every cycle read-only, a department head his own and may start new ones. */
class CycleListViewTest extends ViewTestBase {

    @Autowired
    AppraisalTestData data;

    private String name;

    @BeforeEach
    void cycle() {
        LocalDate start = AppraisalTestData.nextPeriod();
        name = "周期列表 " + start;
        data.draftCycle(name, StandardTemplates.salesRepMonthly(), start, null);
    }

    private CycleSummary row(CycleListView view) {
        view.search.setValue(name);
        assertThat(test(view.grid).size()).isEqualTo(1);
        return test(view.grid).getRow(0);
    }

    @Test
    @WithUserDetails("wangjianguo")
    void theGeneralManagerSeesEveryCycleButStartsNone() {
        CycleListView view = navigate(CycleListView.class);
        CycleSummary row = row(view);
        assertThat(row.departmentName()).isEqualTo("大客户部");
        assertThat(view.create.isVisible()).isFalse();
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("周期名称");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("销售代表月度考核表（第 1 版）");
    }

    @Test
    @WithUserDetails("chenzhiqiang")
    void aDepartmentHeadSeesHisDepartmentsCyclesFilteredByNameAndStatus() {
        CycleListView view = navigate(CycleListView.class);
        CycleSummary row = row(view);
        assertThat(row.status()).isEqualTo(CycleStatus.DRAFT);
        assertThat(test(view.grid).getCellText(0, 1)).startsWith("月度 · ");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("0 / 0");
        assertThat(view.create.isVisible()).isTrue();

        view.status.setValue(CycleStatus.OPEN);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("暂无您可查看的考核周期");
        view.status.setValue(CycleStatus.DRAFT);
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CycleEditorView.class);
    }

    @Test
    @WithUserDetails("huanglei")
    void anotherDepartmentsHeadDoesNotSeeIt() {
        CycleListView view = navigate(CycleListView.class);
        view.search.setValue(name);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.create.isVisible()).isTrue();
    }
}
