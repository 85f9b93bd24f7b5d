package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.appraisal.repository.AppraisalTemplateRepository;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.EmployeeOption;
import com.keyaccount.portal.org.EmployeeService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Templates, departments and cycles for the appraisal integration tests, each cycle in a period of its own. */
@Component
public class AppraisalTestData {

    /** Each cycle of a test run gets its own month, so one test's cycle is never another's 上季结果 by accident. */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    private final AppraisalTemplateRepository templates;
    private final AppraisalCycleService cycles;
    private final DepartmentService departments;
    private final EmployeeService employees;
    private final DemoUsers demo;

    AppraisalTestData(AppraisalTemplateRepository templates, AppraisalCycleService cycles,
            DepartmentService departments, EmployeeService employees, DemoUsers demo) {
        this.employees = employees;
        this.templates = templates;
        this.cycles = cycles;
        this.departments = departments;
        this.demo = demo;
    }

    /** The stored template with the standard template's code, its newest version; stored first when absent. */
    @Transactional
    public long template(TemplateDefinition standard) {
        return templates.findFirstByCodeOrderByTemplateVersionDesc(standard.code())
                .orElseGet(() -> templates.save(new AppraisalTemplate(standard, true, "test", Instant.now())))
                .getId();
    }

    /** An employee's id by number (HD0005 李娜 …). */
    public long employeeId(String employeeNo) {
        return demo.as(DemoUsers.DEPARTMENT_HEAD, employees::findActiveOptions).stream()
                .filter(e -> e.employeeNo().equals(employeeNo)).map(EmployeeOption::id).findFirst().orElseThrow();
    }

    public long departmentId(String name) {
        return demo.as(DemoUsers.DEPARTMENT_HEAD, departments::findAll).stream()
                .filter(d -> d.name().equals(name)).map(DepartmentSummary::id).findFirst().orElseThrow();
    }

    /** A fresh month far from the demo data's cycles. */
    public static LocalDate nextPeriod() {
        return LocalDate.of(2030, 1, 1).plusMonths(MONTHS.getAndIncrement() * 12L);
    }

    /** A draft cycle of 大客户部 created by its head, 陈志强. */
    public long draftCycle(String name, TemplateDefinition standard, LocalDate start, BigDecimal maxExcellent) {
        long templateId = template(standard);
        long ka = departmentId("大客户部");
        return demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.create(new CycleDraft(name, templateId, start, ka,
                new CycleDueDates(start.plusMonths(3), start.plusMonths(3).plusDays(7), null, null, null),
                maxExcellent)));
    }

    /** Adds people by login-free ids and opens the cycle as 陈志强; returns the number of forms. */
    public int open(long cycleId, List<Long> employeeIds) {
        return demo.as(DemoUsers.DEPARTMENT_HEAD, () -> {
            long version = cycles.cycle(cycleId).version();
            cycles.addParticipants(cycleId, version, ParticipantSelection.ofEmployees(employeeIds));
            return cycles.open(cycleId, cycles.cycle(cycleId).version());
        });
    }
}
