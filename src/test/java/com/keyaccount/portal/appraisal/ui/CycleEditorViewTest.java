package com.keyaccount.portal.appraisal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.AppraisalCycleService;
import com.keyaccount.portal.appraisal.AppraisalTestData;
import com.keyaccount.portal.appraisal.CycleParticipant;
import com.keyaccount.portal.appraisal.CycleStatus;
import com.keyaccount.portal.appraisal.CycleSummary;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The cycle editor: a missing name is explained on its field and nothing typed is lost; participants are added by
 * department and by hand, removed after confirmation; opening creates the forms and leaves the cycle read-only.
 */
@WithUserDetails("chenzhiqiang")
class CycleEditorViewTest extends ViewTestBase {

    @Autowired
    AppraisalTestData data;
    @Autowired
    AppraisalCycleService cycles;
    @Autowired
    DemoUsers demo;

    @Test
    void aNewCycleWithoutANameIsRefusedOnTheFieldAndKeepsWhatWasChosen() {
        long templateId = data.template(StandardTemplates.salesRepMonthly());
        LocalDate start = AppraisalTestData.nextPeriod();
        CycleEditorView view = navigate("appraisals/cycles/new", CycleEditorView.class);
        CycleForm form = view.form;
        assertThat(form.department.getValue().name()).isEqualTo("大客户部");
        form.template.setValue(form.template.getListDataView().getItems().filter(t -> t.id() == templateId)
                .findFirst().orElseThrow());
        form.periodStart.setValue(YearMonth.from(start));
        assertThat(form.periodStart.getHelperText()).isEqualTo("考核期至 " + start.getYear() + "年1月31日 结束");

        test(view.save).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("请填写周期名称");
        assertThat(form.template.getValue().id()).isEqualTo(templateId);
        assertThat(form.periodStart.getValue()).isEqualTo(YearMonth.from(start));

        form.name.setValue("编辑器新建 " + start);
        form.due.scoring.setValue(start.plusDays(10));
        form.due.selfAssessment.setValue(start.plusDays(20));
        test(view.save).click();
        assertThat(form.due.isInvalid()).isTrue();
        assertThat(form.due.getErrorMessage()).isEqualTo("各步骤的截止日期须按步骤先后排列");

        form.due.selfAssessment.setValue(start.plusDays(5));
        test(view.save).click();
        CycleEditorView created = (CycleEditorView) getCurrentView();
        assertThat(created.title.getText()).isEqualTo("编辑器新建 " + start);
        assertThat(created.form.templateText.getValue()).isEqualTo("销售代表月度考核表（第 1 版）");
        assertThat(created.openCycle.isVisible()).isTrue();
        assertThat(created.calibrate.isVisible()).isFalse();
    }

    @Test
    void participantsAreAddedByDepartmentAndByHandRemovedAndTheCycleIsOpened() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("编辑器参与人 " + start, StandardTemplates.salesRepMonthly(), start, null);
        CycleEditorView view = navigate("appraisals/cycles/" + cycleId, CycleEditorView.class);
        ParticipantsPanel panel = view.participants;

        panel.department.setValue(panel.department.getListDataView().getItems()
                .filter(d -> d.name().equals("大客户二组")).findFirst().orElseThrow());
        panel.below.setValue(false);
        panel.position.setValue("销售代表");
        test(panel.addDepartment).click();
        assertThat(panel.grid.getListDataView().getItems().map(CycleParticipant::employeeName))
                .as("郑浩 has left").containsExactly("周杰");
        assertThat(test(panel.grid).getCellText(0, 4)).isEqualTo("赵敏");

        panel.position.clear();
        test(panel.addDepartment).click();
        panel.person.setValue(panel.person.getListDataView().getItems()
                .filter(p -> p.displayName().equals("李娜")).findFirst().orElseThrow());
        test(panel.addPerson).click();
        assertThat(panel.grid.getListDataView().getItems().map(CycleParticipant::employeeName))
                .containsExactly("李娜", "赵敏", "周杰", "吴芳");

        CycleParticipant lina = test(panel.grid).getRow(0);
        panel.confirmRemove(lina);
        ConfirmDialog remove = find(ConfirmDialog.class).single();
        assertThat(test(remove).getText()).isEqualTo("确定将 李娜 从本考核周期中移除吗？");
        test(remove).confirm();
        assertThat(test(panel.grid).size()).isEqualTo(3);

        test(view.openCycle).click();
        ConfirmDialog open = find(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst()
                .orElseThrow();
        assertThat(test(open).getText()).isEqualTo(
                "启动后将为 3 名参与人各生成一份考核表，参与人和考评人将不能再变更。");
        test(open).confirm();

        CycleSummary opened = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.cycle(cycleId));
        assertThat(opened.status()).isEqualTo(CycleStatus.OPEN);
        assertThat(view.openCycle.isVisible()).isFalse();
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.calibrate.isVisible()).isTrue();
        assertThat(view.form.name.isReadOnly()).isTrue();
        assertThat(panel.adding.isVisible()).isFalse();
        assertThat(view.facts.getElement().getTextRecursively()).contains("参与人 3 名 · 已定稿 0 份");
    }
}
