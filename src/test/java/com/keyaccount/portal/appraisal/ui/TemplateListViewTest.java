package com.keyaccount.portal.appraisal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.appraisal.TemplateService;
import com.keyaccount.portal.appraisal.TemplateSummary;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("chenzhiqiang")
class TemplateListViewTest extends ViewTestBase {

    @Autowired
    TemplateService templates;

    private static List<String> codes(TemplateListView view) {
        return view.grid.getGenericDataView().getItems().map(TemplateSummary::code).toList();
    }

    @Test
    void theShippedFormsAreListedAndFilteredByPeriodAndName() {
        TemplateListView view = navigate(TemplateListView.class);
        assertThat(codes(view)).contains(StandardTemplates.SALES_MANAGER_ANNUAL,
                StandardTemplates.KA_MANAGER_QUARTERLY_COMPOSITE, StandardTemplates.COMPETENCY_REFERENCE);
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("名称");

        view.period.setValue(PeriodKind.YEAR);
        assertThat(codes(view)).contains(StandardTemplates.SALES_MANAGER_ANNUAL)
                .doesNotContain(StandardTemplates.SALES_REP_MONTHLY);
        view.period.clear();
        view.search.setValue("综合考评");
        assertThat(codes(view)).containsExactly(StandardTemplates.KA_MANAGER_QUARTERLY_COMPOSITE);
        TemplateSummary composite = test(view.grid).getRow(0);
        assertThat(composite.standard()).isTrue();
        assertThat(composite.withDefaults()).isTrue();
    }

    @Test
    void aNewTemplateIsCreatedAsVersionOneAndOpensInTheDesigner() {
        TemplateListView view = navigate(TemplateListView.class);
        test(view.create).click();
        TemplateNameDialog dialog = find(TemplateNameDialog.class).single();
        String code = "LIST_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        dialog.code.setValue(code);
        dialog.nameZh.setValue("客服专员月度考核表");
        dialog.nameEn.setValue("Customer service monthly appraisal");
        dialog.period.setValue(PeriodKind.MONTH);
        test(dialog.confirm).click();

        TemplateDesignerView designer = (TemplateDesignerView) getCurrentView();
        assertThat(designer.versionBadge.getText()).isEqualTo(code + " · 第 1 版（共 1 版）");
        assertThat(designer.problems.texts()).isEmpty();
        assertThat(designer.draft.sections.getFirst().title.zh).isEqualTo("第一部分");
        assertThat(designer.draft.sections.getFirst().title.en).isEqualTo("Part 1");
    }

    @Test
    void aTakenCodeIsRefusedOnItsFieldAndTheDialogStaysOpen() {
        TemplateListView view = navigate(TemplateListView.class);
        test(view.create).click();
        TemplateNameDialog dialog = find(TemplateNameDialog.class).single();
        dialog.code.setValue(StandardTemplates.DELIVERY);
        dialog.nameZh.setValue("配送");
        dialog.nameEn.setValue("Delivery");
        test(dialog.confirm).click();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("代码 DELIVERY 已被其他模板使用");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void retiringAsksFirstAndRestoringBringsItBack() {
        TemplateListView view = navigate(TemplateListView.class);
        test(view.create).click();
        TemplateNameDialog dialog = find(TemplateNameDialog.class).single();
        String code = "LIST_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        dialog.code.setValue(code);
        dialog.nameZh.setValue("待停用");
        dialog.nameEn.setValue("To retire");
        test(dialog.confirm).click();

        view = navigate(TemplateListView.class);
        view.search.setValue(code);
        TemplateSummary row = test(view.grid).getRow(0);
        view.confirmRetirement(row);
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("待停用");
        test(confirm).confirm();
        assertThat(test(view.grid).getRow(0).retired()).isTrue();
        assertThat(templates.versions(code)).allMatch(TemplateSummary::retired);

        view.confirmRetirement(test(view.grid).getRow(0));
        test(find(ConfirmDialog.class).all().getLast()).confirm();
        assertThat(test(view.grid).getRow(0).retired()).isFalse();
    }
}
