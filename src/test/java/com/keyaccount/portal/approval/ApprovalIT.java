package com.keyaccount.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.inbox.InboxService;
import com.keyaccount.portal.inbox.InboxTask;
import com.keyaccount.portal.notification.NotificationItem;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.org.OrgTestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Requests walked through their chains as the demo people, on H2 and MariaDB. */
class ApprovalIT extends AbstractIntegrationTest {

    /** Each test asks about its own objects: one open request per object and type. */
    private static final AtomicLong OBJECTS = new AtomicLong(1000);

    @Autowired
    ApprovalService approvals;
    @Autowired
    ApprovalChainService chains;
    @Autowired
    ApproverResolver resolver;
    @Autowired
    OrgTestData org;
    @Autowired
    SampleApprovalType sample;
    @Autowired
    DemoUsers demo;
    @Autowired
    AuditService audit;
    @Autowired
    InboxService inbox;
    @Autowired
    NotificationService notifications;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void chain() {
        sample.ensureChain();
    }

    private long submitAsEmployee() {
        return demo.as(DemoUsers.EMPLOYEE, () -> approvals.submit(SampleApprovalType.KEY, OBJECTS.incrementAndGet()));
    }

    private ApprovalRequestDetail detail(String login, long id) {
        return demo.as(login, () -> approvals.find(id));
    }

    private void decide(String login, long id, Decision decision, String comment) {
        demo.run(login, () -> approvals.decide(id, decision, comment, approvals.find(id).version()));
    }

    @Test
    void aThreeStepChainIsWalkedToApprovalWithAuditRowsNotificationsAndTheEventAfterCommit() {
        long id = submitAsEmployee();
        ApprovalRequestDetail submitted = detail(DemoUsers.EMPLOYEE, id);
        assertThat(submitted.status()).isEqualTo(ApprovalStatus.IN_PROGRESS);
        assertThat(submitted.steps()).extracting(ApprovalStepView::approverName).containsExactly("刘洋", "陈志强", "王建国");
        assertThat(submitted.steps()).extracting(ApprovalStepView::state)
                .containsExactly(StepState.PENDING, StepState.WAITING, StepState.WAITING);
        assertThat(detail(DemoUsers.MANAGER, id).mayDecide()).isTrue();
        assertThat(demo.as(DemoUsers.MANAGER, inbox::myTasks)).extracting(InboxTask::route).contains("approvals/" + id);

        decide(DemoUsers.MANAGER, id, Decision.APPROVE, "同意");
        decide(DemoUsers.DEPARTMENT_HEAD, id, Decision.APPROVE, null);
        assertThat(sample.completed).noneMatch(event -> event.requestId() == id);
        decide(DemoUsers.GENERAL_MANAGER, id, Decision.APPROVE, "批准");

        ApprovalRequestDetail approved = detail(DemoUsers.EMPLOYEE, id);
        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.steps()).extracting(ApprovalStepView::state).containsOnly(StepState.APPROVED);
        assertThat(approved.steps()).extracting(ApprovalStepView::comment).containsExactly("同意", null, "批准");
        assertThat(sample.completed).filteredOn(event -> event.requestId() == id).singleElement()
                .isEqualTo(new ApprovalCompleted(id, SampleApprovalType.KEY, objectOf(id), ApprovalStatus.APPROVED));
        assertThat(auditActions(id)).containsExactlyInAnyOrder(ApprovalAudit.SUBMITTED, ApprovalAudit.APPROVED,
                ApprovalAudit.APPROVED, ApprovalAudit.APPROVED);
        assertThat(demo.as(DemoUsers.MANAGER, inbox::myTasks)).extracting(InboxTask::route)
                .doesNotContain("approvals/" + id);
        assertThat(demo.as(DemoUsers.DEPARTMENT_HEAD, notifications::myRecent))
                .anySatisfy(n -> assertThat(n.link()).isEqualTo("approvals/" + id));
        assertThat(demo.as(DemoUsers.EMPLOYEE, notifications::myRecent))
                .anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("approval.notice.approved");
                    assertThat(n.args()).containsExactly("#approval.type.customer.tradeSurvey", "样品 " + objectOf(id),
                            "王建国");
                });
    }

    private long objectOf(long id) {
        return Long.parseLong(detail(DemoUsers.EMPLOYEE, id).objectLabel().substring("样品 ".length()));
    }

    private List<String> auditActions(long id) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null, ApprovalAudit.ENTITY,
                Long.toString(id), null, null), PageRequest.of(0, 50))).stream().map(AuditEntry::action).toList();
    }

    @Test
    void anOutOfTurnApproverIsRefusedAndNothingChanges() {
        long id = submitAsEmployee();
        long version = detail(DemoUsers.EMPLOYEE, id).version();
        assertThatThrownBy(() -> demo.run(DemoUsers.GENERAL_MANAGER,
                () -> approvals.decide(id, Decision.APPROVE, null, version)))
                .isInstanceOf(BusinessException.class).hasMessage("approval.notYourTurn");
        assertThatThrownBy(() -> demo.run("lina", () -> approvals.decide(id, Decision.APPROVE, null, version)))
                .isInstanceOf(BusinessException.class).hasMessage("approval.notFound");
        assertThatThrownBy(() -> demo.run("lina", () -> approvals.find(id)))
                .isInstanceOf(BusinessException.class).hasMessage("approval.notFound");
        assertThat(detail(DemoUsers.EMPLOYEE, id).steps().getFirst().state()).isEqualTo(StepState.PENDING);
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequestAndAStepNamingThemEscalates() {
        // 刘洋 is the 负责人 of the first step for his own team; his own request goes to his manager instead
        long id = demo.as(DemoUsers.MANAGER, () -> approvals.submit(SampleApprovalType.KEY, OBJECTS.incrementAndGet()));
        ApprovalRequestDetail detail = detail(DemoUsers.MANAGER, id);
        assertThat(detail.steps()).extracting(ApprovalStepView::approverName).containsExactly("陈志强", "陈志强", "王建国");
        assertThat(detail.mayDecide()).isFalse();
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER,
                () -> approvals.decide(id, Decision.APPROVE, null, detail.version())))
                .isInstanceOf(BusinessException.class).hasMessage("approval.selfApproval");

        // 陈志强 holds the 营销总监 office named by step 2: his own request escalates it to his manager
        long own = demo.as(DemoUsers.DEPARTMENT_HEAD,
                () -> approvals.submit(SampleApprovalType.KEY, OBJECTS.incrementAndGet()));
        assertThat(detail(DemoUsers.DEPARTMENT_HEAD, own).steps()).extracting(ApprovalStepView::approverName)
                .containsExactly("王建国", "王建国", "王建国");
        assertThat(detail(DemoUsers.DEPARTMENT_HEAD, own).steps()).extracting(ApprovalStepView::escalated)
                .containsExactly(false, true, false);
    }

    @Test
    void theMarketingDirectorOfficeOfTheSeededDevelopmentRequestChainResolvesToItsHolder() {
        // 客户开发申请表: 部门经理 → 营销总监 (seeded as the office code MARKETING_DIRECTOR); 陈志强 holds the office
        List<ChainStepDraft> chain = demo.as(DemoUsers.ADMIN, () -> chains.load("customer.developmentRequest")).steps();
        assertThat(chain.get(1)).isEqualTo(new ChainStepDraft(ApproverRule.OFFICE, Office.MARKETING_DIRECTOR.name()));
        long hejing = demo.as(DemoUsers.ADMIN, () -> org.employee("HD0012").id());
        List<ResolvedStep> steps = demo.as(DemoUsers.EMPLOYEE, () -> resolver.resolve(chain, hejing, null));
        assertThat(steps).extracting(ResolvedStep::approverName).containsExactly("黄磊", "陈志强");
        assertThat(steps.get(1).escalated()).isFalse();
    }

    @Test
    void aReturnedRequestIsResubmittedAsANewRoundFromStepOne() {
        long id = submitAsEmployee();
        decide(DemoUsers.MANAGER, id, Decision.APPROVE, null);
        assertThatThrownBy(() -> decide(DemoUsers.DEPARTMENT_HEAD, id, Decision.RETURN, "  "))
                .isInstanceOf(BusinessException.class).hasMessage("approval.commentRequired");
        decide(DemoUsers.DEPARTMENT_HEAD, id, Decision.RETURN, "请补充调查结果");
        ApprovalRequestDetail returned = detail(DemoUsers.EMPLOYEE, id);
        assertThat(returned.status()).isEqualTo(ApprovalStatus.RETURNED);
        assertThat(returned.mayResubmit()).isTrue();
        assertThat(returned.steps()).extracting(ApprovalStepView::state)
                .containsExactly(StepState.APPROVED, StepState.RETURNED, StepState.CANCELLED);
        assertThat(demo.as(DemoUsers.EMPLOYEE, notifications::myRecent)).first()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("approval.notice.returned"));

        demo.run(DemoUsers.EMPLOYEE, () -> approvals.resubmit(id, returned.version()));
        ApprovalRequestDetail again = detail(DemoUsers.EMPLOYEE, id);
        assertThat(again.status()).isEqualTo(ApprovalStatus.IN_PROGRESS);
        assertThat(again.round()).isEqualTo(2);
        assertThat(again.steps()).filteredOn(step -> step.round() == 2).extracting(ApprovalStepView::state)
                .containsExactly(StepState.PENDING, StepState.WAITING, StepState.WAITING);
        assertThat(auditActions(id)).contains(ApprovalAudit.RETURNED, ApprovalAudit.RESUBMITTED);
    }

    @Test
    void aRejectedRequestEndsAndPublishesItsOutcome() {
        long id = submitAsEmployee();
        assertThatThrownBy(() -> decide(DemoUsers.MANAGER, id, Decision.REJECT, null))
                .isInstanceOf(BusinessException.class).hasMessage("approval.commentRequired");
        decide(DemoUsers.MANAGER, id, Decision.REJECT, "信用有问题");
        assertThat(detail(DemoUsers.EMPLOYEE, id).status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(detail(DemoUsers.EMPLOYEE, id).mayWithdraw()).isFalse();
        assertThat(sample.completed).filteredOn(event -> event.requestId() == id).extracting(ApprovalCompleted::outcome)
                .containsExactly(ApprovalStatus.REJECTED);
        assertThatThrownBy(() -> decide(DemoUsers.DEPARTMENT_HEAD, id, Decision.APPROVE, null))
                .isInstanceOf(BusinessException.class).hasMessage("approval.notInProgress");
    }

    @Test
    void theRequesterWithdrawsAndOnlyTheRequesterMay() {
        long id = submitAsEmployee();
        long version = detail(DemoUsers.EMPLOYEE, id).version();
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> approvals.withdraw(id, version)))
                .isInstanceOf(BusinessException.class).hasMessage("approval.notRequester");
        demo.run(DemoUsers.EMPLOYEE, () -> approvals.withdraw(id, version));
        ApprovalRequestDetail withdrawn = detail(DemoUsers.EMPLOYEE, id);
        assertThat(withdrawn.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
        assertThat(withdrawn.steps()).extracting(ApprovalStepView::state).containsOnly(StepState.CANCELLED);
        assertThat(sample.completed).filteredOn(event -> event.requestId() == id).extracting(ApprovalCompleted::outcome)
                .containsExactly(ApprovalStatus.WITHDRAWN);
        assertThat(auditActions(id)).contains(ApprovalAudit.WITHDRAWN);
    }

    @Test
    void aSecondDecisionOnTheSameStepWithTheSameVersionIsRefused() {
        long id = submitAsEmployee();
        long version = detail(DemoUsers.MANAGER, id).version();
        demo.run(DemoUsers.MANAGER, () -> approvals.decide(id, Decision.APPROVE, null, version));
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER,
                () -> approvals.decide(id, Decision.REJECT, "晚了一步", version)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(detail(DemoUsers.EMPLOYEE, id).steps()).extracting(ApprovalStepView::state)
                .containsExactly(StepState.APPROVED, StepState.PENDING, StepState.WAITING);
    }

    @Test
    void aRolledBackDecisionPublishesNothing() {
        long id = submitAsEmployee();
        demo.run(DemoUsers.EMPLOYEE, () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            approvals.withdraw(id, approvals.find(id).version());
            status.setRollbackOnly();
        }));
        assertThat(detail(DemoUsers.EMPLOYEE, id).status()).isEqualTo(ApprovalStatus.IN_PROGRESS);
        assertThat(sample.completed).noneMatch(event -> event.requestId() == id);
    }

    @Test
    void oneOpenRequestPerObjectAndAnUnknownTypeIsRefused() {
        long object = OBJECTS.incrementAndGet();
        demo.run(DemoUsers.EMPLOYEE, () -> approvals.submit(SampleApprovalType.KEY, object));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> approvals.submit(SampleApprovalType.KEY, object)))
                .isInstanceOf(BusinessException.class).hasMessage("approval.alreadyOpen");
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> approvals.submit("no.such.type", object)))
                .isInstanceOf(BusinessException.class).hasMessage("approval.unknownType");
    }

    @Test
    void myRequestsListsOnlyMineFilteredByStatus() {
        long id = submitAsEmployee();
        List<ApprovalRequestSummary> mine = demo.as(DemoUsers.EMPLOYEE,
                () -> approvals.findMine(ApprovalStatus.IN_PROGRESS, PageRequest.of(0, 100)));
        assertThat(mine).extracting(ApprovalRequestSummary::id).contains(id);
        assertThat(mine).filteredOn(row -> row.id() == id).singleElement()
                .satisfies(row -> assertThat(row.currentApproverName()).isEqualTo("刘洋"));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> approvals.findMine(ApprovalStatus.APPROVED,
                PageRequest.of(0, 100)))).extracting(ApprovalRequestSummary::id).doesNotContain(id);
        assertThat(demo.as(DemoUsers.MANAGER, () -> approvals.findMine(null, PageRequest.of(0, 100))))
                .extracting(ApprovalRequestSummary::id).doesNotContain(id);
    }

    @Test
    void notificationsAreMarkedReadOneByOneOrAllAtOnce() {
        submitAsEmployee();
        submitAsEmployee();
        long unread = demo.as(DemoUsers.MANAGER, notifications::myUnreadCount);
        assertThat(unread).isGreaterThanOrEqualTo(2);
        NotificationItem first = demo.as(DemoUsers.MANAGER, notifications::myRecent).getFirst();
        assertThat(first.messageKey()).isEqualTo("approval.notice.waiting");
        demo.run(DemoUsers.MANAGER, () -> notifications.markRead(first.id()));
        assertThat(demo.as(DemoUsers.MANAGER, notifications::myUnreadCount)).isEqualTo(unread - 1);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> notifications.markRead(first.id())))
                .isInstanceOf(BusinessException.class).hasMessage("notification.notFound");
        demo.run(DemoUsers.MANAGER, notifications::markAllRead);
        assertThat(demo.as(DemoUsers.MANAGER, notifications::myUnreadCount)).isZero();
        assertThat(demo.as(DemoUsers.MANAGER, notifications::myRecent)).allMatch(NotificationItem::read);

        // read ones past the retention go the next time the reader marks all read; unread ones stay
        clock.advance(NotificationService.RETENTION.plusDays(1));
        submitAsEmployee();
        demo.run(DemoUsers.MANAGER, notifications::markAllRead);
        assertThat(demo.as(DemoUsers.MANAGER, notifications::myRecent)).singleElement()
                .satisfies(n -> assertThat(n.createdAt()).isAfter(first.createdAt().plus(NotificationService.RETENTION)));
    }

    @Test
    void twoDecisionsOnTheSameStepAtOnceLeaveExactlyOne() throws Exception {
        long id = submitAsEmployee();
        long version = detail(DemoUsers.MANAGER, id).version();
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Throwable> approve = () -> {
            start.await();
            try {
                demo.run(DemoUsers.MANAGER, () -> approvals.decide(id, Decision.APPROVE, "并发", version));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Throwable>> results = pool.invokeAll(List.of(approve, approve));
            List<Throwable> failures = new ArrayList<>();
            for (Future<Throwable> result : results) {
                Throwable failure = result.get(30, TimeUnit.SECONDS);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertThat(failures).singleElement().isInstanceOf(ConcurrencyFailureException.class);
        } finally {
            pool.shutdownNow();
        }
        ApprovalRequestDetail after = detail(DemoUsers.EMPLOYEE, id);
        assertThat(after.steps()).extracting(ApprovalStepView::state)
                .containsExactly(StepState.APPROVED, StepState.PENDING, StepState.WAITING);
        assertThat(auditActions(id)).filteredOn(ApprovalAudit.APPROVED::equals).hasSize(1);
    }
}
