package com.keyaccount.portal.appraisal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.appraisal.AppraisalProblem;
import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.Composite;
import com.keyaccount.portal.appraisal.KpiFormula;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import com.keyaccount.portal.appraisal.TextSection;
import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateDraftTest {

    private static TemplateDefinition converted(TemplateDraft draft) {
        TemplateDraft.Converted converted = draft.convert();
        assertThat(converted.problems()).isEmpty();
        return converted.template();
    }

    private static <T> T firstItem(TemplateDefinition template, Class<T> kind) {
        return template.items().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    private static <T extends ItemDraft> T firstDraft(TemplateDraft draft, Class<T> kind) {
        return draft.sections.stream().flatMap(section -> section.items.stream()).filter(kind::isInstance)
                .map(kind::cast).findFirst().orElseThrow();
    }

    @Test
    void everyStandardTemplateConvertsBackUnchanged() {
        for (TemplateDefinition template : StandardTemplates.all()) {
            assertThat(converted(TemplateDraft.from(template))).as(template.code()).isEqualTo(template);
        }
    }

    @Test
    void anEditedWeightIsNoLongerADefaultWhileTheOthersStay() {
        TemplateDraft draft = TemplateDraft.from(StandardTemplates.salesManagerAnnual());
        KpiDraft kpi = firstDraft(draft, KpiDraft.class);
        assertThat(kpi.weightDefault()).isTrue();
        kpi.weight = kpi.weight.add(BigDecimal.ONE);
        assertThat(kpi.weightDefault()).isFalse();

        TemplateDefinition template = converted(draft);
        List<KpiItem> kpis = template.items().filter(KpiItem.class::isInstance).map(KpiItem.class::cast).toList();
        assertThat(kpis.getFirst().weight().defaultValue()).isFalse();
        assertThat(kpis.getFirst().weight().percent()).isEqualByComparingTo(kpi.weight);
        assertThat(kpis.get(1).weight().defaultValue()).isTrue();
    }

    @Test
    void aWeightTypedWithAnotherScaleButTheSameValueStaysTheDefault() {
        TemplateDraft draft = TemplateDraft.from(StandardTemplates.salesManagerAnnual());
        KpiDraft kpi = firstDraft(draft, KpiDraft.class);
        kpi.weight = kpi.weight.setScale(2);
        assertThat(converted(draft)).isEqualTo(StandardTemplates.salesManagerAnnual());
    }

    @Test
    void editedBandsLevelsAndTablesLoseTheirDefaultFlag() {
        TemplateDraft draft = TemplateDraft.from(StandardTemplates.kaManagerQuarterlyComposite());
        draft.excellent = new BigDecimal("95");
        CompositeDraft composite = firstDraft(draft, CompositeDraft.class);
        composite.education.put(EducationLevel.MASTER, new BigDecimal("95"));
        assertThat(draft.levelsDefault()).isFalse();
        assertThat(composite.tablesDefault()).isFalse();
        assertThat(composite.ruleDefault()).isTrue();

        TemplateDefinition template = converted(draft);
        assertThat(template.levels().defaultValue()).isFalse();
        assertThat(template.levels().excellent()).isEqualByComparingTo("95");
        Composite record = firstItem(template, Composite.class);
        assertThat(record.profileScores().defaultValue()).isFalse();
        assertThat(record.profileScores().education()).containsEntry(EducationLevel.MASTER, new BigDecimal("95"));
        assertThat(record.gradeRule().defaultValue()).isTrue();

        TemplateDraft banded = TemplateDraft.from(StandardTemplates.competencyReference());
        firstDraft(banded, BandedDraft.class).bands.getFirst().min = new BigDecimal("91");
        BandedIndicator indicator = firstItem(converted(banded), BandedIndicator.class);
        assertThat(indicator.bands().getFirst().range().defaultValue()).isFalse();
        assertThat(indicator.bands().get(1).range().defaultValue()).isTrue();
    }

    @Test
    void blankNamesAndEmptyNumbersAreProblemsNotTemplates() {
        TemplateDraft draft = TemplateDraft.from(StandardTemplates.salesManagerAnnual());
        KpiDraft kpi = firstDraft(draft, KpiDraft.class);
        kpi.name.en = " ";
        kpi.weight = null;
        TemplateDraft.Converted converted = draft.convert();
        assertThat(converted.template()).isNull();
        assertThat(converted.problems()).containsExactly(
                AppraisalProblem.of("appraisal.designer.problem.blankText", kpi.code),
                AppraisalProblem.of("appraisal.designer.problem.missingNumber", kpi.code));
    }

    @Test
    void newItemsConvertToTheirKindWithFreshCodes() {
        TemplateDraft draft = TemplateDraft.from(StandardTemplates.regionalManagerQuarterlyReport());
        SectionDraft section = draft.sections.getFirst();
        String code = draft.newCode("I");
        assertThat(draft.newCode("I")).isEqualTo(code);
        TextItemDraft text = TextItemDraft.create(code);
        text.name.zh = "客户拜访";
        text.name.en = "Customer visits";
        text.entries.getFirst().zh = "拜访次数";
        text.entries.getFirst().en = "Number of visits";
        section.items.add(text);
        assertThat(draft.newCode("I")).isNotEqualTo(code);

        TextSection record = converted(draft).sections().getFirst().itemsOf(TextSection.class).getLast();
        assertThat(record.code()).isEqualTo(code);
        assertThat(record.points()).extracting(point -> point.zh()).containsExactly("拜访次数");
        assertThat(record.score()).isNull();
    }

    @Test
    void aKpiSwitchedToRateStepsKeepsTheSteps() {
        TemplateDraft draft = TemplateDraft.from(StandardTemplates.salesManagerAnnual());
        KpiDraft kpi = firstDraft(draft, KpiDraft.class);
        kpi.formula = KpiFormula.Kind.BANDED_BY_RATE;
        kpi.steps.add(new KpiDraft.StepDraft(new BigDecimal("0.8"), new BigDecimal("0.5")));
        kpi.steps.add(new KpiDraft.StepDraft(new BigDecimal("1.0"), new BigDecimal("1.0")));
        KpiItem record = firstItem(converted(draft), KpiItem.class);
        assertThat(record.formula()).isEqualTo(new KpiFormula.BandedByRate(List.of(
                KpiFormula.RateStep.of("0.8", "0.5"), KpiFormula.RateStep.of("1.0", "1.0"))));
    }
}
