package com.keyaccount.portal.appraisal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import com.keyaccount.portal.appraisal.TemplateService;
import com.keyaccount.portal.appraisal.TemplateSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("admin")
class TemplateDesignerViewTest extends ViewTestBase {

    @Autowired
    TemplateService templates;

    /** A fresh copy of 销售经理年度考核表 (12 KPIs with default weights), so tests do not touch the shipped one. */
    private TemplateSummary annualCopy() {
        TemplateSummary annual = templates.latestVersions(StandardTemplates.SALES_MANAGER_ANNUAL, null).getFirst();
        String code = "VIEW_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        return templates.copyAsNew(annual.id(), code, LocalizedText.of("年度考核副本", "Annual copy"));
    }

    private TemplateDesignerView open(long id) {
        return navigate("appraisals/templates/" + id, TemplateDesignerView.class);
    }

    private static List<KpiEditor> kpiEditors(TemplateDesignerView view) {
        return view.sectionEditors.stream().flatMap(section -> section.cards.stream())
                .map(card -> card.editor).filter(KpiEditor.class::isInstance).map(KpiEditor.class::cast).toList();
    }

    @Test
    void kpiWeightsNotSummingToHundredShowTheProblemAndDisableSavingUntilFixed() {
        TemplateSummary copy = annualCopy();
        TemplateDesignerView view = open(copy.id());
        assertThat(view.problems.texts()).isEmpty();
        assertThat(view.save.isEnabled()).isTrue();
        List<KpiEditor> kpis = kpiEditors(view);
        assertThat(kpis).hasSize(12);
        BigDecimal first = kpis.getFirst().weight.getValue();
        BigDecimal second = kpis.get(1).weight.getValue();

        kpis.getFirst().weight.setValue(first.add(BigDecimal.ONE));
        String section = view.draft.sections.stream().filter(s -> s.items.stream().anyMatch(KpiDraft.class::isInstance))
                .findFirst().orElseThrow().code;
        assertThat(view.problems.texts()).containsExactly("部分 " + section + " 的指标权重合计为 101，应为 100");
        assertThat(view.save.isEnabled()).isFalse();

        kpis.get(1).weight.setValue(second.subtract(BigDecimal.ONE));
        assertThat(view.problems.texts()).isEmpty();
        assertThat(view.save.isEnabled()).isTrue();
        test(view.save).click();

        List<TemplateSummary> versions = templates.versions(copy.code());
        assertThat(versions).extracting(TemplateSummary::version).containsExactly(2, 1);
        TemplateDefinition saved = templates.definition(versions.getFirst().id());
        List<KpiItem> weights = saved.items().filter(KpiItem.class::isInstance).map(KpiItem.class::cast).toList();
        assertThat(weights.getFirst().weight().percent()).isEqualByComparingTo(first.add(BigDecimal.ONE));
        assertThat(weights.getFirst().weight().defaultValue()).isFalse();
        assertThat(weights.get(2).weight().defaultValue()).isTrue();
        assertThat(notificationTexts()).contains("已保存为第 2 版");
        TemplateDesignerView now = (TemplateDesignerView) getCurrentView();
        assertThat(now.versionBadge.getText()).isEqualTo(copy.code() + " · 第 2 版（共 2 版）");
    }

    @Test
    void aDefaultWeightShowsItsBadgeUntilEdited() {
        TemplateDesignerView view = open(annualCopy().id());
        KpiEditor kpi = kpiEditors(view).getFirst();
        KpiEditor other = kpiEditors(view).get(1);
        assertThat(kpi.weightBadge.isVisible()).isTrue();
        assertThat(kpi.weightBadge.getText()).isEqualTo("默认值");
        kpi.weight.setValue(kpi.weight.getValue().add(BigDecimal.ONE));
        assertThat(kpi.weightBadge.isVisible()).isFalse();
        assertThat(other.weightBadge.isVisible()).isTrue();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        TemplateDesignerView view = open(annualCopy().id());
        KpiEditor kpi = kpiEditors(view).getFirst();
        kpi.weight.setValue(kpi.weight.getValue().add(BigDecimal.ONE));
        UI.getCurrent().navigate(TemplateListView.class);
        assertThat(getCurrentView()).isSameAs(view);
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("离开设计器？");
        test(confirm).confirm();
        assertThat(getCurrentView()).isInstanceOf(TemplateListView.class);
    }

    @Test
    void removingASectionAsksFirstAndAnOlderVersionOpensReadOnly() {
        TemplateSummary copy = annualCopy();
        TemplateDesignerView view = open(copy.id());
        int sections = view.sectionEditors.size();
        view.draft.sections.add(new SectionDraft(view.draft.newCode("S"), new Wording("其他", "Other"), null));
        view.build();
        assertThat(view.problems.texts()).anyMatch(text -> text.contains("没有任何项目"));
        SectionEditor added = view.sectionEditors.getLast();
        find(Button.class).from(added).all().stream()
                .filter(button -> "删除此部分".equals(button.getElement().getAttribute("aria-label"))).findFirst()
                .orElseThrow().click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat(view.sectionEditors).hasSize(sections);
        assertThat(view.problems.texts()).isEmpty();

        test(view.save).click();
        TemplateDesignerView older = open(copy.id());
        assertThat(older.stateBadge.getText()).isEqualTo("历史版本（只读）");
        assertThat(older.save.isVisible()).isFalse();
        assertThat(older.header.excellent.isReadOnly()).isTrue();
        assertThat(test(older.history.grid).size()).isEqualTo(2);
    }

    @Test
    void thePreviewShowsTheFormAsOnPaper() {
        TemplateDesignerView view = open(annualCopy().id());
        test(view.preview).click();
        Dialog dialog = find(Dialog.class).single();
        TemplatePreview preview = find(TemplatePreview.class).from(dialog).single();
        assertThat(preview.getElement().getOuterHTML()).contains("年度考核副本", "目标值", "新产品销售率");
    }
}
