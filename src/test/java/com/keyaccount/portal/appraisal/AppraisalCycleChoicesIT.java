package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.appraisal.repository.AppraisalTemplateRepository;
import com.keyaccount.portal.org.DepartmentReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the cycle editor and the calibration view offer to choose, on both databases: the current templates (newest
 * version, never a retired one), the departments a head may run cycles for, the departments of a cycle's forms each
 * person may calibrate, and a cycle's settings read back. Nobody without the permission gets them.
 */
class AppraisalCycleChoicesIT extends AbstractIntegrationTest {

    @Autowired
    AppraisalCycleService cycles;
    @Autowired
    AppraisalTestData data;
    @Autowired
    AppraisalTemplateRepository templates;
    @Autowired
    DemoUsers demo;

    private static TemplateDefinition copy(TemplateDefinition standard, String code, int version) {
        return new TemplateDefinition(code, standard.name(), version, standard.period(), standard.sections(),
                standard.levels());
    }

    @Test
    void theTemplateChoicesAreTheNewestVersionOfEveryTemplateNotRetired() {
        String code = "UI_CHOICE_" + System.nanoTime() % 1_000_000;
        TemplateDefinition monthly = StandardTemplates.salesRepMonthly();
        templates.save(new AppraisalTemplate(copy(monthly, code, 1), false, "test", Instant.now()));
        long second = templates.save(new AppraisalTemplate(copy(monthly, code, 2), false, "test", Instant.now()))
                .getId();
        AppraisalTemplate retired = new AppraisalTemplate(copy(monthly, code + "_R", 1), false, "test",
                Instant.now());
        retired.retire();
        templates.save(retired);

        List<TemplateOption> options = demo.as(DemoUsers.DEPARTMENT_HEAD, cycles::templateOptions);

        assertThat(options).filteredOn(o -> o.code().equals(code)).singleElement().satisfies(option -> {
            assertThat(option.id()).isEqualTo(second);
            assertThat(option.version()).isEqualTo(2);
            assertThat(option.period()).isEqualTo(PeriodKind.MONTH);
            assertThat(option.name()).isEqualTo(monthly.name());
        });
        assertThat(options).extracting(TemplateOption::code).doesNotContain(code + "_R");
    }

    @Test
    void aDepartmentHeadRunsCyclesForTheDepartmentsHeHeadsAndThoseBelow() {
        List<String> names = demo.as(DemoUsers.DEPARTMENT_HEAD, cycles::manageableDepartments).stream()
                .map(DepartmentReference::name).toList();

        assertThat(names).containsExactly("大客户部", "大客户一组", "大客户二组");
        assertThat(demo.as("linfeng", cycles::manageableDepartments)).extracting(DepartmentReference::name)
                .containsExactly("客户服务部");
    }

    @Test
    void theCalibrationDepartmentsAreThoseOfTheCyclesFormsInTheCalibratorsScope() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("校准部门 " + start, StandardTemplates.salesRepMonthly(), start, null);
        data.open(cycleId, List.of(data.employeeId("HD0005"), data.employeeId("HD0008")));

        assertThat(demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.calibrationDepartments(cycleId)))
                .extracting(DepartmentReference::name).containsExactly("大客户一组", "大客户二组");
        assertThat(demo.as(DemoUsers.GENERAL_MANAGER, () -> cycles.calibrationDepartments(cycleId)))
                .extracting(DepartmentReference::name).containsExactly("大客户一组", "大客户二组");
        assertThatThrownBy(() -> demo.run("linfeng", () -> cycles.calibrationDepartments(cycleId)))
                .as("another department's head").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theEditorReadsBackWhatACycleWasCreatedWith() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("读回周期 " + start, StandardTemplates.salesRepMonthly(), start,
                new BigDecimal("20"));

        CycleDraft draft = demo.as(DemoUsers.GENERAL_MANAGER, () -> cycles.draft(cycleId));

        assertThat(draft.name()).isEqualTo("读回周期 " + start);
        assertThat(draft.templateId()).isEqualTo(data.template(StandardTemplates.salesRepMonthly()));
        assertThat(draft.periodStart()).isEqualTo(start);
        assertThat(draft.departmentId()).isEqualTo(data.departmentId("大客户部"));
        assertThat(draft.due().selfAssessment()).isEqualTo(start.plusMonths(3));
        assertThat(draft.due().scoring()).isEqualTo(start.plusMonths(3).plusDays(7));
        assertThat(draft.due().approval()).isNull();
        assertThat(draft.maxExcellentPercent()).isEqualByComparingTo("20");
        assertThatThrownBy(() -> demo.run("linfeng", () -> cycles.draft(cycleId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersEmployeesAndTheAdministratorGetNoChoices() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("无权选择 " + start, StandardTemplates.salesRepMonthly(), start, null);
        for (String login : List.of(DemoUsers.MANAGER, DemoUsers.EMPLOYEE, DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> demo.run(login, cycles::templateOptions)).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(login, cycles::manageableDepartments)).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(login, () -> cycles.calibrationDepartments(cycleId))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(login, () -> cycles.draft(cycleId))).as(login)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> demo.run(DemoUsers.GENERAL_MANAGER, cycles::templateOptions))
                .as("the general manager calibrates but runs no cycles").isInstanceOf(AccessDeniedException.class);
    }
}
