package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.workbench.WorkbenchLine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The follow-up log on both databases: 當天更新 (004 第二章 三) across midnight in Asia/Shanghai, dates and staff checked,
 * corrections and deletions, the overdue list per owner, co-owner and manager, strangers refused.
 */
class FollowUpIT extends AbstractIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    FollowUpService followUps;
    @Autowired
    ContactService contacts;
    @Autowired
    CustomerService customers;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    DemoUsers demo;
    @Autowired
    OverdueFollowUpsCard overdueCard;
    @Autowired
    LateVisitsCard lateCard;

    private long employeeId(String login) {
        return demo.as(login, () -> currentUser.require().employeeId());
    }

    private long customer(boolean coOwnedByLina) {
        CustomerDraft draft = CustomerFixtures.draft("漳州九龙江跟进测试有限公司" + System.nanoTime());
        if (coOwnedByLina) {
            draft.setCoOwnerIds(Set.of(employeeId("lina")));
        }
        return demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
    }

    private static FollowUpDraft draft(FollowUpKind kind, LocalDate on) {
        FollowUpDraft draft = new FollowUpDraft();
        draft.setKind(kind);
        draft.setOccurredOn(on);
        draft.setSummary("拜访采购部，商定试用订单");
        return draft;
    }

    private List<FollowUpSummary> log(long customerId) {
        return demo.as(DemoUsers.EMPLOYEE, () -> followUps.list(customerId, PageRequest.of(0, 50)));
    }

    /** Moves the test clock to {@code minutes} after (negative: before) the next midnight in Shanghai. */
    private void aroundNextMidnight(int minutes) {
        clock.reset();
        Instant midnight = LocalDate.now(SHANGHAI).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        clock.advance(Duration.between(Instant.now(), midnight.plus(Duration.ofMinutes(minutes))));
    }

    @Test
    void aVisitRecordedAfterMidnightInShanghaiIsLateButOneRecordedBeforeIsNot() {
        long id = customer(false);
        aroundNextMidnight(-5);
        LocalDate day = LocalDate.now(clock.withZone(SHANGHAI));
        long onTime = demo.as(DemoUsers.EMPLOYEE, () -> followUps.record(id, draft(FollowUpKind.VISIT, day)));

        aroundNextMidnight(5);
        long late = demo.as(DemoUsers.EMPLOYEE, () -> followUps.record(id, draft(FollowUpKind.VISIT, day)));
        long call = demo.as(DemoUsers.EMPLOYEE, () -> followUps.record(id, draft(FollowUpKind.CALL, day)));
        long reception = demo.as(DemoUsers.EMPLOYEE,
                () -> followUps.record(id, draft(FollowUpKind.RECEPTION, day.minusDays(3))));

        List<FollowUpSummary> log = log(id);
        assertThat(log).filteredOn(FollowUpSummary::late).extracting(FollowUpSummary::id)
                .containsExactlyInAnyOrder(late, reception);
        assertThat(log).filteredOn(f -> !f.late()).extracting(FollowUpSummary::id)
                .containsExactlyInAnyOrder(onTime, call);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id)).lastFollowUpOn()).isEqualTo(day);
        List<LateRecord> mine = demo.as(DemoUsers.EMPLOYEE, () -> followUps.findLateRecords(YearMonth.from(day)));
        assertThat(mine).extracting(LateRecord::followUpId).contains(late);
    }

    @Test
    void aRecordCanBeCorrectedByItsAuthorOnlyOnTheDayItWasRecorded() {
        long id = customer(true);
        aroundNextMidnight(-5);
        LocalDate day = LocalDate.now(clock.withZone(SHANGHAI));
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(id, draft(FollowUpKind.VISIT, day)));
        FollowUpSummary row = log(id).get(0);
        assertThat(row.editable()).isTrue();
        FollowUpDraft correction = FollowUpDraft.of(row);
        correction.setSummary("拜访采购部，商定首批订单 200 箱");
        assertThatThrownBy(() -> demo.run("lina", () -> followUps.update(id, row.id(), correction)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.followUp.notEditable");
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.update(id, row.id(), correction));

        aroundNextMidnight(5);
        FollowUpSummary next = log(id).get(0);
        assertThat(next.summary()).isEqualTo("拜访采购部，商定首批订单 200 箱");
        assertThat(next.editable()).isFalse();
        FollowUpDraft tooLate = FollowUpDraft.of(next);
        tooLate.setSummary("事后修改");
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> followUps.update(id, next.id(), tooLate)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.followUp.notEditable");
    }

    @Test
    void aFutureDateAnEmptySummaryAndANextDateBeforeTheDateAreRefusedOnTheirFields() {
        long id = customer(false);
        LocalDate today = demo.as(DemoUsers.EMPLOYEE, followUps::today);
        assertRefused(id, draft(FollowUpKind.VISIT, today.plusDays(1)), "occurredOn", "customer.date.future");
        FollowUpDraft empty = draft(FollowUpKind.CALL, today);
        empty.setSummary("   ");
        assertRefused(id, empty, "summary", "customer.followUp.summary.required");
        FollowUpDraft tooLong = draft(FollowUpKind.CALL, today);
        tooLong.setSummary("长".repeat(2001));
        assertRefused(id, tooLong, "summary", "customer.text.tooLong");
        FollowUpDraft next = draft(FollowUpKind.CALL, today);
        next.setNextOn(today.minusDays(1));
        assertRefused(id, next, "nextOn", "customer.followUp.nextOn.beforeDate");
        assertThat(log(id)).isEmpty();
    }

    @Test
    void theStaffMustBeTheOwnerACoOwnerOrMeAndTheContactOfTheSameCustomer() {
        long id = customer(true);
        long other = customer(false);
        LocalDate today = demo.as(DemoUsers.EMPLOYEE, followUps::today);
        FollowUpDraft byStranger = draft(FollowUpKind.CALL, today);
        byStranger.setStaffId(employeeId("zhoujie"));
        assertRefused(id, byStranger, "staffId", "customer.followUp.staff.notResponsible");

        ContactDraft contact = new ContactDraft();
        contact.setName("别家联系人");
        long foreign = demo.as(DemoUsers.EMPLOYEE, () -> contacts.add(other, contact));
        FollowUpDraft wrongContact = draft(FollowUpKind.CALL, today);
        wrongContact.setContactId(foreign);
        assertRefused(id, wrongContact, "contactId", "customer.followUp.contact.notOfCustomer");

        FollowUpDraft byCoOwner = draft(FollowUpKind.CALL, today);
        byCoOwner.setStaffId(employeeId("lina"));
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(id, byCoOwner));
        assertThat(log(id)).singleElement().satisfies(f -> assertThat(f.staffName()).isEqualTo("李娜"));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> followUps.staffOptions(id))).extracting(StaffOption::name)
                .containsExactly("张伟", "李娜");
    }

    @Test
    void onlyASupervisorDeletesARecordAndTheLastFollowUpFollows() {
        long id = customer(false);
        LocalDate today = demo.as(DemoUsers.EMPLOYEE, followUps::today);
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(id, draft(FollowUpKind.CALL, today.minusDays(10))));
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(id, draft(FollowUpKind.VISIT, today)));
        FollowUpSummary newest = log(id).get(0);
        assertThat(newest.deletable()).isFalse();
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> followUps.delete(id, newest.id(), newest.version())))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.notSupervisor");

        demo.run(DemoUsers.MANAGER, () -> followUps.delete(id, newest.id(), newest.version()));
        assertThat(log(id)).hasSize(1);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id)).lastFollowUpOn())
                .isEqualTo(today.minusDays(10));
    }

    @Test
    void strangersMayNeitherRecordNorReadTheLog() {
        long id = customer(false);
        LocalDate today = demo.as(DemoUsers.EMPLOYEE, followUps::today);
        assertThatThrownBy(() -> demo.run("zhoujie", () -> followUps.record(id, draft(FollowUpKind.VISIT, today))))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run("zhaomin", () -> followUps.list(id, PageRequest.of(0, 10))))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThat(log(id)).isEmpty();
    }

    @Test
    void theOverdueListShowsOwnersCoOwnersAndTheirManagersButNotOthers() {
        long never = customer(true);
        long stale = customer(false);
        long fresh = customer(false);
        LocalDate today = demo.as(DemoUsers.EMPLOYEE, followUps::today);
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(stale, draft(FollowUpKind.CALL, today.minusDays(40))));
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(fresh, draft(FollowUpKind.CALL, today.minusDays(3))));

        List<OverdueCustomer> owner = overdue(DemoUsers.EMPLOYEE, 30);
        assertThat(owner).extracting(OverdueCustomer::id).contains(never, stale).doesNotContain(fresh);
        assertThat(owner).filteredOn(c -> c.id() == stale).singleElement()
                .satisfies(c -> assertThat(c.daysSince()).isEqualTo(40L));
        assertThat(owner).filteredOn(c -> c.id() == never).singleElement()
                .satisfies(c -> assertThat(c.lastFollowUpOn()).isNull());
        assertThat(overdue(DemoUsers.EMPLOYEE, 2)).extracting(OverdueCustomer::id).contains(fresh);
        assertThat(overdue("lina", 30)).extracting(OverdueCustomer::id).contains(never).doesNotContain(stale);
        assertThat(overdue(DemoUsers.MANAGER, 30)).extracting(OverdueCustomer::id).contains(never, stale);
        assertThat(overdue("zhaomin", 30)).extracting(OverdueCustomer::id).doesNotContain(never, stale);
        assertThat(overdue("zhoujie", 30)).extracting(OverdueCustomer::id).doesNotContain(never, stale);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> followUps.countOverdue(30)))
                .isEqualTo(owner.size());
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> followUps.countOverdue(0)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.followUp.overdueDays.invalid");
    }

    @Test
    void theWorkbenchCardsCountOverdueArchivesAndListThisMonthsLateVisits() {
        long never = customer(false);
        long zhangwei = employeeId(DemoUsers.EMPLOYEE);
        List<WorkbenchLine> overdueLines = demo.as(DemoUsers.EMPLOYEE, () -> overdueCard.linesFor(zhangwei));
        assertThat(overdueLines.get(0).route()).isEqualTo("follow-ups/overdue");
        assertThat(overdueLines.get(0).attention()).isTrue();
        assertThat(overdueLines.get(0).args()).containsExactly(
                demo.as(DemoUsers.EMPLOYEE, () -> followUps.countOverdue(30)), 30);
        assertThat(overdueLines).hasSizeLessThanOrEqualTo(1 + OverdueFollowUpsCard.TOP);
        assertThat(overdueLines.subList(1, overdueLines.size())).allSatisfy(line ->
                assertThat(line.route()).startsWith("customers/"));

        // the 15th of next month, 10:00 in Shanghai: a visit of the 14th recorded then is late and of that month
        LocalDate fifteenth = LocalDate.now(SHANGHAI).plusMonths(1).withDayOfMonth(15);
        clock.advance(Duration.between(Instant.now(), fifteenth.atTime(10, 0).atZone(SHANGHAI).toInstant()));
        demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(never, draft(FollowUpKind.VISIT, fifteenth.minusDays(1))));
        List<WorkbenchLine> lateLines = demo.as(DemoUsers.EMPLOYEE, () -> lateCard.linesFor(zhangwei));
        assertThat(lateLines.get(0).messageKey()).isEqualTo("customer.card.lateCount");
        assertThat(lateLines).anySatisfy(line -> {
            assertThat(line.route()).isEqualTo("customers/" + never);
            assertThat(line.messageKey()).isEqualTo("customer.card.lateLine.VISIT");
            assertThat(line.args()).containsExactly(demo.as(DemoUsers.EMPLOYEE, () -> customers.open(never)).name(),
                    fifteenth.minusDays(1).toString());
        });
    }

    private List<OverdueCustomer> overdue(String login, int days) {
        return demo.as(login, () -> followUps.findOverdue(days, PageRequest.of(0, 5000)));
    }

    private void assertRefused(long id, FollowUpDraft draft, String field, String key) {
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> followUps.record(id, draft)))
                .isInstanceOf(BusinessException.class).hasMessage(key)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains(field));
    }
}
