package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Templates on both databases: the 000 forms shipped as version 1, new versions that keep the old ones, refusals of
 * invalid templates and of a designer who edited an outdated version, and who may write.
 */
class TemplateServiceIT extends AbstractIntegrationTest {

    @Autowired
    TemplateService service;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;

    private static String uniqueCode() {
        return "IT_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private TemplateSummary createMonthly(String user) {
        TemplateDefinition source = StandardTemplates.salesRepMonthly();
        TemplateDefinition fresh = new TemplateDefinition(uniqueCode(), source.name(), 1, source.period(),
                source.sections(), source.levels());
        return demo.as(user, () -> service.createTemplate(fresh));
    }

    /** The definition with the first KPI of the first KPI section weighted {@code percent}. */
    private static TemplateDefinition withFirstKpiWeight(TemplateDefinition template, String percent) {
        List<SectionDefinition> sections = new ArrayList<>(template.sections());
        for (int s = 0; s < sections.size(); s++) {
            SectionDefinition section = sections.get(s);
            List<ItemDefinition> items = new ArrayList<>(section.items());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof KpiItem kpi) {
                    items.set(i, new KpiItem(kpi.code(), kpi.name(), Weight.of(percent), kpi.unit(), kpi.target(),
                            kpi.lowerIsBetter(), kpi.cap(), kpi.formula(), kpi.assessingDepartment()));
                    sections.set(s, new SectionDefinition(section.code(), section.title(), section.weight(), items));
                    return new TemplateDefinition(template.code(), template.name(), template.version(),
                            template.period(), sections, template.levels());
                }
            }
        }
        throw new IllegalArgumentException("no KPI in " + template.code());
    }

    @Test
    void everyStandardTemplateIsShippedAsVersionOneFlaggedStandard() {
        List<TemplateSummary> latest = demo.as(DemoUsers.ADMIN, () -> service.latestVersions(null, null));
        for (TemplateDefinition standard : StandardTemplates.all()) {
            List<TemplateSummary> versions = demo.as(DemoUsers.ADMIN, () -> service.versions(standard.code()));
            TemplateSummary first = versions.getLast();
            assertThat(first.version()).isEqualTo(1);
            assertThat(first.standard()).isTrue();
            assertThat(first.createdBy()).isEqualTo("system");
            assertThat(demo.as(DemoUsers.EMPLOYEE, () -> service.definition(first.id()))).isEqualTo(standard);
            assertThat(latest).extracting(TemplateSummary::code).contains(standard.code());
        }
        TemplateSummary annual = latest.stream()
                .filter(summary -> summary.code().equals(StandardTemplates.SALES_MANAGER_ANNUAL)).findFirst()
                .orElseThrow();
        assertThat(annual.name().zh()).isEqualTo("销售经理年度考核表");
        assertThat(annual.withDefaults()).isTrue();
    }

    @Test
    void theListFiltersByNameOrCodeAndPeriod() {
        List<TemplateSummary> found = demo.as(DemoUsers.DEPARTMENT_HEAD,
                () -> service.latestVersions("年度考核", PeriodKind.YEAR));
        assertThat(found).extracting(TemplateSummary::code).contains(StandardTemplates.SALES_MANAGER_ANNUAL)
                .doesNotContain(StandardTemplates.SALES_REP_MONTHLY);
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.latestVersions("sales_rep", PeriodKind.YEAR))).isEmpty();
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.latestVersions("sales_rep", PeriodKind.MONTH)))
                .extracting(TemplateSummary::code).contains(StandardTemplates.SALES_REP_MONTHLY);
    }

    @Test
    void savingANewVersionIncrementsItAndKeepsTheOldOne() {
        TemplateSummary first = createMonthly(DemoUsers.ADMIN);
        TemplateDefinition edited = demo.as(DemoUsers.ADMIN, () -> service.definition(first.id()));
        TemplateDefinition renamed = new TemplateDefinition(edited.code(), LocalizedText.of("改名", "Renamed"), 1,
                PeriodKind.QUARTER, edited.sections(), LevelScale.defaults());

        TemplateSummary second = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> service.saveNewVersion(first.id(), renamed));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.code()).isEqualTo(first.code());
        assertThat(second.createdBy()).isEqualTo(DemoUsers.DEPARTMENT_HEAD);
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.versions(first.code())))
                .extracting(TemplateSummary::version, TemplateSummary::latest)
                .containsExactly(tuple(2, true),
                        tuple(1, false));
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.definition(first.id())).name().zh())
                .isEqualTo(StandardTemplates.salesRepMonthly().name().zh());
        TemplateDefinition stored = demo.as(DemoUsers.ADMIN, () -> service.definition(second.id()));
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.period()).isEqualTo(PeriodKind.QUARTER);
        assertThat(stored.name().en()).isEqualTo("Renamed");
        List<AuditEntry> entries = demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null,
                TemplateAudit.ENTITY, first.code(), null, null), PageRequest.of(0, 10)));
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(TemplateAudit.CREATED, TemplateAudit.VERSION_SAVED);
    }

    @Test
    void kpiWeightsNotSummingToHundredAreRefusedWithEveryProblem() {
        TemplateSummary first = createMonthly(DemoUsers.ADMIN);
        TemplateDefinition broken = withFirstKpiWeight(demo.as(DemoUsers.ADMIN, () -> service.definition(first.id())),
                "99");
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.problems(broken))).extracting(AppraisalProblem::key)
                .contains("appraisal.template.kpiWeights");
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> service.saveNewVersion(first.id(), broken)))
                .isInstanceOfSatisfying(TemplateProblemsException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("appraisal.template.kpiWeights");
                    assertThat(refused.problems()).extracting(AppraisalProblem::key)
                            .contains("appraisal.template.kpiWeights");
                });
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.versions(first.code()))).hasSize(1);
    }

    @Test
    void overlappingBandsAreRefused() {
        TemplateDefinition banded = new TemplateDefinition(uniqueCode(), LocalizedText.of("带", "Banded"), 1,
                PeriodKind.MONTH, List.of(new SectionDefinition("S1", LocalizedText.of("指标", "Indicators"), null,
                        List.of(new BandedIndicator("B1", LocalizedText.of("关系建立", "Relationships"), null, null,
                                List.of(new Band(BandLevel.EXCEEDS, "超出", ScoreRange.of("80", "100")),
                                        new Band(BandLevel.MEETS, "达到", ScoreRange.of("70", "85")),
                                        new Band(BandLevel.APPROACHES, "接近", ScoreRange.of("60", "69")),
                                        new Band(BandLevel.FAR_BELOW, "远低于", ScoreRange.of("0", "59"))))))),
                LevelScale.defaults());
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> service.createTemplate(banded)))
                .isInstanceOfSatisfying(TemplateProblemsException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("appraisal.template.bandRanges"));
    }

    @Test
    void aCompositeNamingAMissingPartIsRefused() {
        TemplateDefinition composite = StandardTemplates.kaManagerQuarterlyComposite();
        List<SectionDefinition> sections = composite.sections().stream()
                .filter(section -> !section.itemsOf(Composite.class).isEmpty()).toList();
        TemplateDefinition missingParts = new TemplateDefinition(uniqueCode(), composite.name(), 1,
                composite.period(), sections, composite.levels());
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> service.createTemplate(missingParts)))
                .isInstanceOfSatisfying(TemplateProblemsException.class, refused -> assertThat(refused.problems())
                        .extracting(AppraisalProblem::key).contains("appraisal.template.compositeMissing"));
    }

    @Test
    void aDesignerWhoEditedAnOutdatedVersionIsRefused() {
        TemplateSummary first = createMonthly(DemoUsers.ADMIN);
        TemplateDefinition opened = demo.as(DemoUsers.ADMIN, () -> service.definition(first.id()));
        demo.run(DemoUsers.ADMIN, () -> service.saveNewVersion(first.id(), opened));

        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> service.saveNewVersion(first.id(), opened)))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("appraisal.designer.newerVersion");
                    assertThat(refused.arguments()).containsExactly(1, 2, DemoUsers.ADMIN);
                });
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.versions(first.code()))).hasSize(2);
    }

    @Test
    void twoDesignersSavingTheSameVersionAtOnceGetOneVersionAndOneRefusal() throws Exception {
        TemplateSummary first = createMonthly(DemoUsers.ADMIN);
        TemplateDefinition opened = demo.as(DemoUsers.ADMIN, () -> service.definition(first.id()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String user : List.of(DemoUsers.ADMIN, DemoUsers.DEPARTMENT_HEAD)) {
                Callable<String> save = () -> {
                    start.await();
                    try {
                        return "saved " + demo.as(user, () -> service.saveNewVersion(first.id(), opened)).version();
                    } catch (BusinessException refused) {
                        return refused.messageKey();
                    }
                };
                outcomes.add(pool.submit(save));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("saved 2");
            assertThat(results).anyMatch(result -> result.startsWith("appraisal.designer.newerVersion"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.versions(first.code()))).hasSize(2);
    }

    @Test
    void copyingMakesVersionOneOfANewCodeAndCodesAreUnique() {
        TemplateSummary source = demo.as(DemoUsers.ADMIN, () -> service.latestVersions(null, null)).stream()
                .filter(summary -> summary.code().equals(StandardTemplates.KA_MANAGER_QUARTERLY_COMPOSITE))
                .findFirst().orElseThrow();
        String code = uniqueCode();
        TemplateSummary copy = demo.as(DemoUsers.DEPARTMENT_HEAD,
                () -> service.copyAsNew(source.id(), code, LocalizedText.of("综合考评副本", "Composite copy")));
        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.standard()).isFalse();
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.definition(copy.id())).sections())
                .isEqualTo(demo.as(DemoUsers.ADMIN, () -> service.definition(source.id())).sections());
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN,
                () -> service.copyAsNew(source.id(), code, LocalizedText.of("再来", "Again"))))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("appraisal.designer.codeTaken");
                    assertThat(refused.field()).contains("code");
                });
    }

    @Test
    void retiringAppliesToEveryVersionAndCanBeUndone() {
        TemplateSummary first = createMonthly(DemoUsers.ADMIN);
        TemplateDefinition opened = demo.as(DemoUsers.ADMIN, () -> service.definition(first.id()));
        demo.run(DemoUsers.ADMIN, () -> service.saveNewVersion(first.id(), opened));
        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> service.retire(first.id()));
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.versions(first.code())))
                .allMatch(TemplateSummary::retired);
        demo.run(DemoUsers.ADMIN, () -> service.restore(first.id()));
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.versions(first.code())))
                .noneMatch(TemplateSummary::retired);
    }

    @Test
    void peopleWithoutDesignAreRefusedEveryWriteAtTheService() {
        TemplateSummary first = createMonthly(DemoUsers.DEPARTMENT_HEAD);
        TemplateDefinition opened = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> service.definition(first.id()));
        for (String user : List.of(DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.GENERAL_MANAGER)) {
            assertThatThrownBy(() -> demo.run(user, () -> service.saveNewVersion(first.id(), opened)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(user, () -> service.createTemplate(opened)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(user,
                    () -> service.copyAsNew(first.id(), uniqueCode(), LocalizedText.of("副本", "Copy"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(user, () -> service.retire(first.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(demo.as(user, () -> service.definition(first.id()))).isEqualTo(opened);
        }
        assertThat(demo.as(DemoUsers.ADMIN, () -> service.versions(first.code()))).hasSize(1);
    }
}
