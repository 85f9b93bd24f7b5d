package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.inbox.InboxService;
import com.keyaccount.portal.inbox.InboxTask;
import com.keyaccount.portal.notification.NotificationItem;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.security.SystemAuthentication;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Cycles through the services on both databases: who may create and open them, participants by department and
 * position, opening in one transaction with reviewers and approvers from the organisation, 上季结果 from the previous
 * cycle, the inbox with overdue marking, reminders, and calibration with the distribution rule and bulk approval.
 */
class AppraisalCycleIT extends AbstractIntegrationTest {

    @Autowired
    AppraisalTestData data;
    @Autowired
    AppraisalCycleService cycles;
    @Autowired
    AppraisalFormService forms;
    @Autowired
    AppraisalQueryService queries;
    @Autowired
    CalibrationService calibration;
    @Autowired
    InboxService inbox;
    @Autowired
    NotificationService notifications;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcTemplate jdbc;

    private CycleDraft draft(String name, LocalDate start, long departmentId) {
        return new CycleDraft(name, data.template(StandardTemplates.salesRepMonthly()), start, departmentId,
                CycleDueDates.none(), null);
    }

    @Test
    void onlyTheHeadOfTheDepartmentCreatesAndOpensItsCycles() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long ka = data.departmentId("大客户部");
        for (String login : List.of(DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.ADMIN,
                DemoUsers.GENERAL_MANAGER)) {
            assertThatThrownBy(() -> demo.run(login, () -> cycles.create(draft("越权 " + login, start, ka))))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> demo.run("huanglei", () -> cycles.create(draft("销售部经理建大客户部", start, ka))))
                .isInstanceOf(AccessDeniedException.class);
        long cycleId = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.create(draft("大客户部 " + start, start, ka)));
        assertThatThrownBy(() -> demo.run("huanglei", () -> cycles.open(cycleId, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> cycles.open(cycleId,
                cycles.cycle(cycleId).version()))).isInstanceOf(BusinessException.class)
                .hasMessage("appraisal.cycle.noParticipants");
        assertThat(demo.as(DemoUsers.GENERAL_MANAGER, cycles::cycles)).extracting(CycleSummary::id).contains(cycleId);
        assertThat(demo.as("huanglei", cycles::cycles)).extracting(CycleSummary::id).doesNotContain(cycleId);
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, cycles::cycles))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        long ka = data.departmentId("大客户部");
        LocalDate start = AppraisalTestData.nextPeriod();
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> cycles.create(draft(" ", start, ka))))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.cycle.nameRequired");
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> cycles.create(
                draft("月中开始", start.plusDays(14), ka)))).hasMessage("appraisal.cycle.periodStart");
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> cycles.create(new CycleDraft("倒序",
                data.template(StandardTemplates.salesRepMonthly()), start, ka, new CycleDueDates(start.plusDays(20),
                start.plusDays(10), null, null, null), null)))).hasMessage("appraisal.cycle.dueOrder");
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> cycles.create(new CycleDraft("比例",
                data.template(StandardTemplates.salesRepMonthly()), start, ka, CycleDueDates.none(),
                new BigDecimal("120"))))).hasMessage("appraisal.cycle.distributionRange");
    }

    @Test
    void openingCreatesOneFormPerParticipantWithReviewerApproverAndPreviousResult() {
        LocalDate first = AppraisalTestData.nextPeriod();
        long ka = data.departmentId("大客户部");
        long cycleId = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.create(draft("第一期 " + first, first, ka)));
        int added = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.addParticipants(cycleId,
                cycles.cycle(cycleId).version(), new ParticipantSelection(ka, true, "销售代表", List.of())));
        assertThat(added).as("李娜 and 周杰; 郑浩 has left").isEqualTo(2);
        List<CycleParticipant> participants = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.participants(cycleId));
        assertThat(participants).extracting(CycleParticipant::employeeName, CycleParticipant::reviewerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("李娜", "刘洋"),
                        org.assertj.core.groups.Tuple.tuple("周杰", "赵敏"));
        long lina = data.employeeId("HD0005");
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> cycles.changeReviewer(cycleId,
                cycles.cycle(cycleId).version(), lina, lina))).hasMessage("appraisal.cycle.selfReview");
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> cycles.addParticipants(cycleId,
                cycles.cycle(cycleId).version(), ParticipantSelection.ofEmployees(List.of(data.employeeId("HD0012"))))))
                .as("何静 of 销售部 is outside 大客户部").hasMessage("appraisal.cycle.participantOutOfScope");
        int opened = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.open(cycleId, cycles.cycle(cycleId).version()));
        assertThat(opened).isEqualTo(2);
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> cycles.open(cycleId,
                cycles.cycle(cycleId).version()))).hasMessage("appraisal.cycle.notDraft");
        assertThat(demo.as("lina", notifications::myRecent)).extracting(NotificationItem::messageKey)
                .contains("appraisal.notify.opened");

        long formId = finishLinasForm(cycleId);
        LocalDate second = first.plusMonths(1);
        long next = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> cycles.create(draft("第二期 " + second, second, ka)));
        data.open(next, List.of(lina));
        FormSummary nextForm = demo.as("lina", forms::myForms).stream().filter(f -> f.cycleId() == next)
                .findFirst().orElseThrow();
        Scorecard previous = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> queries.scorecard(formId));
        assertThat(demo.as(DemoUsers.DEPARTMENT_HEAD, () -> forms.form(nextForm.id())).scorecard().previousTotal())
                .isEqualByComparingTo(previous.result().total());
    }

    private long finishLinasForm(long cycleId) {
        long formId = demo.as("lina", forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                .orElseThrow().id();
        long v = demo.as("lina", () -> forms.submitSelfAssessment(formId, forms.form(formId).version()));
        long scored = demo.as(DemoUsers.MANAGER, () -> forms.saveScores(formId, v, scores("98000")));
        long submitted = demo.as(DemoUsers.MANAGER, () -> forms.submitScores(formId, scored));
        long signed = demo.as(DemoUsers.MANAGER, () -> forms.sign(formId, submitted));
        demo.run(DemoUsers.DEPARTMENT_HEAD, () -> forms.approve(formId, signed));
        return formId;
    }

    private static FormAnswers scores(String sales) {
        return FormAnswers.empty()
                .withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(new BigDecimal("100000"), new BigDecimal(sales),
                        null, KpiSource.TYPED))
                .withKpi("OTHER_INDICATORS", new FormAnswers.KpiAnswer(new BigDecimal("20"), new BigDecimal("20"),
                        null, KpiSource.TYPED))
                .withBand("EVERYDAY_CONDUCT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("85"), null))
                .withBand("CUSTOMER_MAINTENANCE", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("85"), null))
                .withBand("MARKET_MANAGEMENT", new FormAnswers.BandAnswer(null, null, BandLevel.MEETS,
                        new BigDecimal("85"), null));
    }

    @Test
    void theInboxShowsEachPersonsTurnAndMarksOverdueStepsWhichAreRemindedOnceADay() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("收件箱 " + start, StandardTemplates.salesRepMonthly(), start, null);
        data.open(cycleId, List.of(data.employeeId("HD0005")));
        List<InboxTask> tasks = demo.as("lina", inbox::myTasks);
        InboxTask self = tasks.stream().filter(t -> t.titleKey().equals("appraisal.inbox.DRAFT")
                && t.titleArgs().contains("收件箱 " + start)).findFirst().orElseThrow();
        assertThat(self.due()).isEqualTo(start.plusMonths(3));
        assertThat(self.overdue()).isFalse();
        assertThat(self.route()).startsWith("appraisals/forms/");

        clock.advance(Duration.between(clock.instant(), start.plusMonths(3).plusDays(2).atStartOfDay()
                .toInstant(java.time.ZoneOffset.ofHours(8))));
        assertThat(demo.as("lina", inbox::myTasks)).filteredOn(t -> t.titleArgs().contains("收件箱 " + start))
                .extracting(InboxTask::overdue).containsExactly(true);
        try {
            int sent = SystemAuthentication.call(forms::remindOverdue);
            assertThat(sent).isPositive();
            assertThat(SystemAuthentication.call(forms::remindOverdue)).as("once a day").isZero();
            assertThat(demo.as("lina", notifications::myRecent)).extracting(NotificationItem::messageKey)
                    .contains("appraisal.notify.overdue");
        } finally {
            // the reminders went to every overdue form's turn holder, dated years ahead: other tests read the
            // newest notifications of the same demo people
            jdbc.update("delete from notification where message_key = 'appraisal.notify.overdue'");
        }
    }

    @Test
    void calibrationRanksWarnsAboutTheDistributionAndApprovesManyAtOnce() {
        LocalDate start = AppraisalTestData.nextPeriod();
        long cycleId = data.draftCycle("校准 " + start, StandardTemplates.salesRepMonthly(), start,
                new BigDecimal("20"));
        long lina = data.employeeId("HD0005");
        long zhangwei = data.employeeId("HD0004");
        data.open(cycleId, List.of(lina, zhangwei));
        Map<String, String> sales = Map.of("lina", "120000", DemoUsers.EMPLOYEE, "70000");
        sales.forEach((login, amount) -> {
            long formId = demo.as(login, forms::myForms).stream().filter(f -> f.cycleId() == cycleId).findFirst()
                    .orElseThrow().id();
            long v = demo.as(login, () -> forms.submitSelfAssessment(formId, forms.form(formId).version()));
            long scored = demo.as(DemoUsers.MANAGER, () -> forms.saveScores(formId, v, scores(amount)));
            long submitted = demo.as(DemoUsers.MANAGER, () -> forms.submitScores(formId, scored));
            demo.run(DemoUsers.MANAGER, () -> forms.sign(formId, submitted));
        });
        CycleResults results = demo.as(DemoUsers.DEPARTMENT_HEAD, () -> queries.results(cycleId, null,
                CycleResultsOrder.RANK));
        assertThat(results.rows()).extracting(CycleResults.Row::employeeName, CycleResults.Row::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("李娜", 1),
                        org.assertj.core.groups.Tuple.tuple("张伟", 2));
        assertThat(results.rows().getFirst().level()).isEqualTo(ResultLevel.EXCELLENT);
        assertThat(results.distribution()).containsEntry(ResultLevel.EXCELLENT, 1L);
        assertThat(demo.as(DemoUsers.DEPARTMENT_HEAD, () -> calibration.warning(cycleId, null))).isPresent();

        Map<Long, Long> versions = new LinkedHashMap<>();
        results.rows().forEach(row -> versions.put(row.formId(), row.version()));
        assertThatThrownBy(() -> demo.run(DemoUsers.DEPARTMENT_HEAD, () -> calibration.approveAll(cycleId, null,
                versions, false))).hasMessage("appraisal.calibration.distributionExceeded");
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> calibration.approveAll(cycleId, null, versions,
                true))).isInstanceOf(AccessDeniedException.class);
        Map<Long, Long> oneStale = new LinkedHashMap<>(versions);
        oneStale.put(results.rows().get(1).formId(), results.rows().get(1).version() - 1);
        CalibrationService.BulkApproval done = demo.as(DemoUsers.DEPARTMENT_HEAD,
                () -> calibration.approveAll(cycleId, null, oneStale, true));
        assertThat(done.approved()).containsExactly(results.rows().getFirst().formId());
        assertThat(done.refused()).extracting(CalibrationService.BulkApproval.Refusal::messageKey)
                .containsExactly("appraisal.form.changed");
        assertThat(demo.as(DemoUsers.DEPARTMENT_HEAD, () -> queries.results(cycleId, null, CycleResultsOrder.NAME))
                .rows()).extracting(CycleResults.Row::status)
                .containsExactlyInAnyOrder(FormStatus.FINAL, FormStatus.SIGNED);
    }
}
