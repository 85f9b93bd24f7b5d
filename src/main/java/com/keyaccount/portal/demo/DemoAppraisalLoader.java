package com.keyaccount.portal.demo;

import com.keyaccount.portal.appraisal.AppraisalCycleService;
import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.BandLevel;
import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.CycleDraft;
import com.keyaccount.portal.appraisal.CycleDueDates;
import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormDetail;
import com.keyaccount.portal.appraisal.FormSummary;
import com.keyaccount.portal.appraisal.KpiSource;
import com.keyaccount.portal.appraisal.ParticipantSelection;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import com.keyaccount.portal.appraisal.TemplateOption;
import com.keyaccount.portal.appraisal.TextSection;
import com.keyaccount.portal.org.DepartmentReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company's appraisals (考核) for 大客户部, loaded through the services as the people who act: a finished and
 * closed quarterly composite cycle (2026年第三季度, 大客户经理季度综合考评表: every form self-assessed, scored, signed and
 * approved) and two in progress — the fourth quarter's self-reports of the two team managers (区域经理季度述职考评表, one waiting
 * for the related departments' opinions, one still being written) and November's sales-representative forms (销售代表
 * 月度考核表: one signed and waiting for 陈志强's approval, one waiting for 刘洋's scoring, one self-assessment overdue).
 * Runs once, when no cycle exists yet.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class DemoAppraisalLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAppraisalLoader.class);
    private static final String HEAD = "chenzhiqiang";
    private static final String GENERAL_MANAGER = "wangjianguo";
    /** Reviewer scores of the finished cycle per person, spread over the levels (demo data). */
    private static final Map<String, Integer> QUARTER_SCORES = Map.of("liuyang", 93, "zhaomin", 86, "zhangwei", 88,
            "lina", 79, "sunli", 72, "zhoujie", 64, "wufang", 83);

    private final AppraisalCycleService cycles;
    private final AppraisalFormService forms;
    private final DemoActors actors;

    DemoAppraisalLoader(AppraisalCycleService cycles, AppraisalFormService forms, DemoActors actors) {
        this.cycles = cycles;
        this.forms = forms;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = actors.as(GENERAL_MANAGER, () -> cycles.cycles().isEmpty());
        if (!empty) {
            return;
        }
        long started = System.nanoTime();
        finishedQuarter();
        managersSelfReports();
        novemberSalesReps();
        log.info("Demo appraisals loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void finishedQuarter() {
        long cycleId = openCycle("2026年第三季度大客户部综合考评", StandardTemplates.KA_MANAGER_QUARTERLY_COMPOSITE,
                LocalDate.of(2026, 7, 1), new CycleDueDates(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 17),
                        null, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 24)), new BigDecimal("20"),
                ParticipantSelection.ofDepartment(department("大客户一组"), true),
                ParticipantSelection.ofDepartment(department("大客户二组"), true));
        QUARTER_SCORES.forEach((login, score) -> {
            long formId = formOf(login, cycleId);
            TemplateDefinition template = detail(login, formId).scorecard().template();
            long v = actors.as(login, () -> forms.saveSelfAssessment(formId, detail(login, formId).version(),
                    bands(template, Math.min(score + 4, 100), true)));
            long submitted = actors.as(login, () -> forms.submitSelfAssessment(formId, v));
            String reviewer = reviewerOf(login);
            long scored = actors.as(reviewer, () -> forms.saveScores(formId, submitted, bands(template, score, false)));
            long inSignature = actors.as(reviewer, () -> forms.submitScores(formId, scored));
            long signed = actors.as(reviewer, () -> forms.sign(formId, inSignature));
            actors.run(approverOf(login), () -> forms.approve(formId, signed));
        });
        actors.run(HEAD, () -> cycles.close(cycleId, cycles.cycle(cycleId).version()));
    }

    private void managersSelfReports() {
        long cycleId = openCycle("2026年第四季度区域经理述职", StandardTemplates.REGIONAL_MANAGER_QUARTERLY_REPORT,
                LocalDate.of(2026, 10, 1), new CycleDueDates(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 15),
                        LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 29)), null,
                ParticipantSelection.ofEmployees(List.of(employee("liuyang"), employee("zhaomin"))));
        long formId = formOf("liuyang", cycleId);
        TemplateDefinition template = detail("liuyang", formId).scorecard().template();
        FormAnswers written = FormAnswers.empty();
        FormAnswers review = FormAnswers.empty();
        for (TextSection text : template.items().filter(TextSection.class::isInstance).map(TextSection.class::cast)
                .toList()) {
            written = written.withText(text.code(), new FormAnswers.TextAnswer(text.points().stream()
                    .map(point -> new FormAnswers.PointAnswer(point.zh() + "：本季度新签协议大客户3家，回款率96%。",
                            "详见季度销售报表", null)).toList(), null));
            review = review.withText(text.code(), new FormAnswers.TextAnswer(text.points().stream()
                    .map(point -> new FormAnswers.PointAnswer(null, null, "情况属实，继续保持。")).toList(),
                    new BigDecimal("86")));
        }
        FormAnswers selfReport = written;
        FormAnswers scores = review;
        long v = actors.as("liuyang", () -> forms.saveSelfAssessment(formId, detail("liuyang", formId).version(),
                selfReport));
        long submitted = actors.as("liuyang", () -> forms.submitSelfAssessment(formId, v));
        long scored = actors.as(HEAD, () -> forms.saveScores(formId, submitted, scores));
        actors.run(HEAD, () -> forms.submitScores(formId, scored));
        for (String login : List.of("linfeng", "gaojie")) {
            FormDetail.OpinionView opinion = detail(login, formId).opinions().stream()
                    .filter(FormDetail.OpinionView::mine).findFirst().orElseThrow();
            actors.run(login, () -> forms.giveOpinion(opinion.id(), opinion.version(),
                    "沟通及时，配合积极，客户投诉处理到位。", new BigDecimal("88")));
        }
    }

    private void novemberSalesReps() {
        long cycleId = openCycle("2026年11月销售代表月度考核", StandardTemplates.SALES_REP_MONTHLY,
                LocalDate.of(2026, 11, 1), new CycleDueDates(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 3),
                        null, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 8)), null,
                ParticipantSelection.ofEmployees(List.of(employee("lina"), employee("zhangwei"),
                        employee("zhoujie"))));
        for (String login : List.of("lina", "zhangwei")) {
            long formId = formOf(login, cycleId);
            long v = actors.as(login, () -> forms.fillKpiActuals(formId, detail(login, formId).version()));
            long submitted = actors.as(login, () -> forms.submitSelfAssessment(formId, v));
            if (login.equals("lina")) {
                long scored = actors.as("liuyang", () -> forms.saveScores(formId, submitted, monthlyScores(
                        detail("liuyang", formId))));
                long inSignature = actors.as("liuyang", () -> forms.submitScores(formId, scored));
                actors.run("liuyang", () -> forms.sign(formId, inSignature));
            }
        }
    }

    /** The reviewer's entries of 销售代表月度考核表: targets for the portal's actuals, daily-work bands. */
    private static FormAnswers monthlyScores(FormDetail form) {
        FormAnswers answers = form.scorecard().answers();
        BigDecimal sales = answers.kpi("SALES_TARGET").actual() == null ? BigDecimal.ZERO
                : answers.kpi("SALES_TARGET").actual();
        BigDecimal target = sales.signum() == 0 ? new BigDecimal("50000")
                : sales.multiply(new BigDecimal("1.05")).setScale(0, RoundingMode.HALF_UP);
        return FormAnswers.empty()
                .withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(target, sales, null, KpiSource.SALES))
                .withKpi("OTHER_INDICATORS", new FormAnswers.KpiAnswer(new BigDecimal("12"), new BigDecimal("11"),
                        null, KpiSource.TYPED))
                .withBand("EVERYDAY_CONDUCT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("84"), "日报按时，出勤良好"))
                .withBand("CUSTOMER_MAINTENANCE", new FormAnswers.BandAnswer(null, null, BandLevel.EXCEEDS,
                        new BigDecimal("91"), "重点客户回访及时"))
                .withBand("MARKET_MANAGEMENT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("80"), null));
    }

    /** Every banded indicator at the band holding {@code score}: the employee's own view or the reviewer's. */
    private static FormAnswers bands(TemplateDefinition template, int score, boolean self) {
        FormAnswers answers = FormAnswers.empty();
        for (BandedIndicator indicator : template.items().filter(BandedIndicator.class::isInstance)
                .map(BandedIndicator.class::cast).toList()) {
            BigDecimal value = BigDecimal.valueOf(score);
            BandLevel level = indicator.bands().stream().filter(band -> band.range().contains(value))
                    .map(band -> band.level()).findFirst().orElse(BandLevel.MEETS);
            BigDecimal inside = indicator.band(level).map(band -> value.max(band.range().min())
                    .min(band.range().max())).orElse(value);
            answers = answers.withBand(indicator.code(), self
                    ? new FormAnswers.BandAnswer(level, inside, null, null, null)
                    : new FormAnswers.BandAnswer(null, null, level, inside, null));
        }
        return answers;
    }

    private long openCycle(String name, String templateCode, LocalDate start, CycleDueDates due,
            BigDecimal maxExcellent, ParticipantSelection... selections) {
        return actors.as(HEAD, () -> {
            long templateId = cycles.templateOptions().stream().filter(t -> t.code().equals(templateCode))
                    .map(TemplateOption::id).findFirst().orElseThrow();
            long ka = department("大客户部");
            long id = cycles.create(new CycleDraft(name, templateId, start, ka, due, maxExcellent));
            for (ParticipantSelection selection : selections) {
                cycles.addParticipants(id, cycles.cycle(id).version(), selection);
            }
            cycles.open(id, cycles.cycle(id).version());
            return id;
        });
    }

    private long department(String name) {
        return actors.as(HEAD, () -> cycles.manageableDepartments().stream().filter(d -> d.name().equals(name))
                .map(DepartmentReference::id).findFirst().orElseThrow());
    }

    private long employee(String login) {
        return actors.actor(login).employeeId();
    }

    private long formOf(String login, long cycleId) {
        return actors.as(login, () -> forms.myForms().stream().filter(f -> f.cycleId() == cycleId)
                .map(FormSummary::id).findFirst().orElseThrow());
    }

    private FormDetail detail(String login, long formId) {
        return actors.as(login, () -> forms.form(formId));
    }

    private static String reviewerOf(String login) {
        return switch (login) {
            case "liuyang", "zhaomin" -> HEAD;
            case "zhoujie", "wufang" -> "zhaomin";
            default -> "liuyang";
        };
    }

    private static String approverOf(String login) {
        return login.equals("liuyang") || login.equals("zhaomin") ? GENERAL_MANAGER : HEAD;
    }
}
