package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every form of 000 大客户经理岗位描述范本 ships as a valid template with the source's counts and wording. */
class StandardTemplatesTest {

    static Stream<TemplateDefinition> templates() {
        return StandardTemplates.all().stream();
    }

    private static List<BandedIndicator> indicators(TemplateDefinition template) {
        return template.items().filter(BandedIndicator.class::isInstance).map(BandedIndicator.class::cast).toList();
    }

    private static List<KpiItem> kpis(TemplateDefinition template) {
        return template.items().filter(KpiItem.class::isInstance).map(KpiItem.class::cast).toList();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyStandardTemplatePassesTheValidator(TemplateDefinition template) {
        assertThat(TemplateValidator.validate(template)).as(template.code()).isEmpty();
        assertThat(template.version()).isEqualTo(1);
    }

    @Test
    void everyFormOfTheSourceShipsOnceWithChineseAndEnglishNames() {
        assertThat(StandardTemplates.all()).extracting(template -> template.name().zh()).containsExactly(
                "能力素质指标评价参照标准", "员工态度协作指标评价标准", "大客户经理管理协作指标评价标准", "大客户经理管理绩效评定表",
                "区域经理季度述职考评表", "部门经理季度述职考评表", "销售经理年度考核表", "区域经理月度考核表", "销售代表月度考核表",
                "后台管理人员考核", "配送员考核", "销售中心员工月度考核表", "大客户经理季度综合考评表", "大客户经理能力要求说明书");
        assertThat(StandardTemplates.all()).extracting(TemplateDefinition::code).doesNotHaveDuplicates();
        assertThat(StandardTemplates.all()).extracting(template -> template.name().en())
                .allSatisfy(english -> assertThat(english).matches("[A-Z][A-Za-z -]+"));
    }

    @Test
    void competencyReferenceHasTwentyFourIndicatorsInSixGroupsWithTheSourceWording() {
        List<BandedIndicator> indicators = indicators(StandardTemplates.competencyReference());
        assertThat(indicators).hasSize(24);
        assertThat(indicators).extracting(indicator -> indicator.group().zh()).containsOnly("人际交往能力", "影响力",
                "领导能力", "沟通能力", "判断和决策能力", "计划和执行能力");
        assertThat(indicators.stream().map(BandedIndicator::group).distinct()).hasSize(6);
        BandedIndicator first = indicators.getFirst();
        assertThat(first.name().zh()).isEqualTo("关系建立");
        assertThat(first.bands()).extracting(Band::description).containsExactly("容易与他人建立可信赖的积极发展的长期关系",
                "能够与他人建立可信赖的长期关系", "较为自我,不易与他人建立长期关系", "刚愎自用,自我封闭,不易与他人相处");
        BandedIndicator last = indicators.getLast();
        assertThat(last.name().zh()).isEqualTo("计划和组织");
        assertThat(last.band(BandLevel.FAR_BELOW).orElseThrow().description()).isEqualTo("做事无计划,缺乏组织能力");
        assertThat(indicators).allSatisfy(indicator -> assertThat(indicator.bands())
                .allSatisfy(band -> assertThat(band.description()).isNotBlank()));
    }

    @Test
    void attitudeCooperationAndPerformanceTablesHaveTheSourceIndicators() {
        assertThat(indicators(StandardTemplates.employeeAttitude())).extracting(i -> i.name().zh())
                .containsExactly("积极性", "协作性", "责任心", "纪律性");
        assertThat(indicators(StandardTemplates.kaManagerCooperation())).extracting(i -> i.name().zh())
                .containsExactly("主动性", "响应时间", "解决问题时间", "信息反馈及时", "服务质量");
        List<BandedIndicator> performance = indicators(StandardTemplates.kaManagerPerformance());
        assertThat(performance).extracting(i -> i.name().zh()).containsExactly("沟通效果", "工作分配", "下属发展", "管理力度");
        assertThat(performance.getLast().band(BandLevel.EXCEEDS).orElseThrow().description())
                .isEqualTo("下属行为成为其他部门员工效仿的榜样");
    }

    @Test
    void lostRangesAndWeightsAreFlaggedAsDefaults() {
        assertThat(StandardTemplates.all()).allSatisfy(template -> {
            assertThat(template.levels().defaultValue()).isTrue();
            assertThat(template.sections()).allSatisfy(section -> section.optionalWeight()
                    .ifPresent(weight -> assertThat(weight.defaultValue()).isTrue()));
            assertThat(indicators(template)).allSatisfy(indicator -> assertThat(indicator.bands())
                    .allSatisfy(band -> assertThat(band.range().defaultValue()).isTrue()));
        });
        BandedIndicator any = indicators(StandardTemplates.employeeAttitude()).getFirst();
        assertThat(any.bands()).extracting(band -> band.range().min() + "–" + band.range().max())
                .containsExactly("90–100", "75–89", "60–74", "0–59");
    }

    @Test
    void salesManagerAnnualHasTwelveKpisWithWeightsSummingToHundred() {
        List<KpiItem> kpis = kpis(StandardTemplates.salesManagerAnnual());
        assertThat(kpis).hasSize(12);
        assertThat(kpis).extracting(kpi -> kpi.name().zh()).containsExactly("新产品销售率", "高档产品百分比", "销售额增长率",
                "产品市场占有率", "促销手段", "新客户开发成本", "新客户销售量", "新产品比例", "新产品上市进度", "员工满意度",
                "业务人员培训率", "员工建议采纳数");
        assertThat(kpis.stream().map(kpi -> kpi.weight().percent()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(kpis).allSatisfy(kpi -> {
            assertThat(kpi.weight().defaultValue()).isTrue();
            assertThat(kpi.assessingDepartment()).isNotNull();
            assertThat(kpi.target()).isNull();
        });
        assertThat(kpis).filteredOn(KpiItem::lowerIsBetter).extracting(kpi -> kpi.name().zh())
                .containsExactly("新客户开发成本");
        assertThat(StandardTemplates.salesManagerAnnual().period()).isEqualTo(PeriodKind.YEAR);
    }

    @Test
    void monthlyKpiFormsPrintTheirSectionsWithSalesExpenseRatioLowerIsBetter() {
        TemplateDefinition regional = StandardTemplates.regionalManagerMonthly();
        assertThat(regional.sections()).extracting(section -> section.title().zh())
                .containsExactly("销售目标指标", "销售费用率", "市场开拓", "客户管理", "平台管理");
        assertThat(kpis(regional)).filteredOn(KpiItem::lowerIsBetter).extracting(kpi -> kpi.name().zh())
                .containsExactly("销售费用率");
        assertThat(regional.period()).isEqualTo(PeriodKind.MONTH);
        TemplateDefinition rep = StandardTemplates.salesRepMonthly();
        assertThat(rep.sections()).extracting(section -> section.title().zh())
                .containsExactly("销售目标指标", "其他指标", "日常工作指标");
        assertThat(indicators(rep)).extracting(i -> i.name().zh()).containsExactly("平时表现", "客户维护", "市场管理");
    }

    @Test
    void staffFormsHaveFiveWeightedSections() {
        assertThat(StandardTemplates.backOffice().sections()).extracting(section -> section.title().zh())
                .containsExactly("业务管理", "客户服务", "前台支持", "后台响应", "平时表现");
        assertThat(StandardTemplates.delivery().sections()).extracting(section -> section.title().zh())
                .containsExactly("账目", "服务", "维修", "协助", "平时表现");
        assertThat(StandardTemplates.salesCenterMonthly().sections()).extracting(section -> section.title().zh())
                .containsExactly("业务管理", "客户服务", "前台支持", "后台响应", "平时表现");
        assertThat(indicators(StandardTemplates.salesCenterMonthly()))
                .allSatisfy(indicator -> assertThat(indicator.group().zh()).isEqualTo("主要指标"));
    }

    @Test
    void quarterlyReportsHaveTheirPointsAndDepartments() {
        TemplateDefinition regional = StandardTemplates.regionalManagerQuarterlyReport();
        assertThat(regional.sections()).extracting(section -> section.title().zh())
                .containsExactly("工作总结", "问题分析解决方案", "下一阶段工作计划", "相关部门意见");
        List<TextSection> texts = regional.items().filter(TextSection.class::isInstance)
                .map(TextSection.class::cast).toList();
        assertThat(texts.getFirst().points()).extracting(LocalizedText::zh)
                .containsExactly("目标完成", "市场运作", "客户管理", "平台管理");
        assertThat(texts.get(1).points()).hasSize(4);
        assertThat(texts.get(2).points()).extracting(LocalizedText::zh)
                .containsExactly("竞争策略", "市场开发", "资源配置", "后台管理");
        assertThat(opinion(regional).departments()).extracting(LocalizedText::zh)
                .containsExactly("客户服务部", "行政部", "企划部", "物流部", "其他");

        TemplateDefinition department = StandardTemplates.departmentManagerQuarterlyReport();
        assertThat(department.items().filter(TextSection.class::isInstance).map(TextSection.class::cast))
                .hasSize(3).allSatisfy(text -> assertThat(text.points()).extracting(LocalizedText::en)
                        .containsExactly("Point 1", "Point 2", "Point 3", "Point 4"));
        assertThat(opinion(department).departments()).extracting(LocalizedText::zh)
                .containsExactly("销售计划部", "客户服务部", "行政部", "企划部", "物流部");
    }

    private static DepartmentOpinion opinion(TemplateDefinition template) {
        return template.items().filter(DepartmentOpinion.class::isInstance).map(DepartmentOpinion.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void nineAbilitiesFormACompetencySectionWithTheirExplanations() {
        List<BandedIndicator> abilities = indicators(StandardTemplates.kaManagerAbilities());
        assertThat(abilities).extracting(i -> i.name().zh()).containsExactly("沟通协作能力", "销售谈判能力", "项目管理能力",
                "指导和建议能力", "变革与创新能力", "灵活应变能力", "团队改善能力", "知识应用能力", "指挥、领导能力");
        assertThat(abilities).allSatisfy(ability -> assertThat(ability.explanation()).isNotBlank());
        assertThat(abilities.get(7).explanation()).isEqualTo("明确企业产品知识,了解大客户业务需求");
    }

    @Test
    void quarterlyCompositeWeighsPerformanceAssessmentEducationAndSeniority() {
        TemplateDefinition template = StandardTemplates.kaManagerQuarterlyComposite();
        Composite composite = template.items().filter(Composite.class::isInstance).map(Composite.class::cast)
                .findFirst().orElseThrow();
        assertThat(composite.parts()).hasSize(4);
        assertThat(composite.parts()).filteredOn(CompositePart.SectionPart.class::isInstance)
                .extracting(part -> ((CompositePart.SectionPart) part).label().zh())
                .containsExactly("绩效得分", "评估得分");
        assertThat(composite.parts()).filteredOn(CompositePart.ProfilePart.class::isInstance)
                .extracting(part -> ((CompositePart.ProfilePart) part).kind())
                .containsExactly(ProfileKind.EDUCATION, ProfileKind.SENIORITY);
        assertThat(composite.parts()).allSatisfy(part -> assertThat(part.weight().defaultValue()).isTrue());
        assertThat(composite.profileScores().defaultValue()).isTrue();
        assertThat(composite.gradeRule().defaultValue()).isTrue();
        assertThat(indicators(template)).hasSize(4 + 9);
    }
}
