package com.keyaccount.portal.customer;

import static com.keyaccount.portal.customer.LifecycleFixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.approval.ApprovalRequestDetail;
import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.ApprovalStatus;
import com.keyaccount.portal.approval.ApprovalStepView;
import com.keyaccount.portal.approval.Decision;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import com.keyaccount.portal.notification.NotificationItem;
import com.keyaccount.portal.notification.NotificationService;
import com.keyaccount.portal.org.EmployeeService;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every lifecycle step and refusal through the services on both databases (000 大客户开发选择制度, 000 客户名册管理制度):
 * prospect → survey → 交易开始调查书 approved by 负责人, 部门主管, 总经理 → contracts → code; illegal moves refused
 * with a localized message; out-of-turn approvers refused; return and resubmit; stop, end, reactivate, deregister.
 */
class CustomerLifecycleIT extends AbstractIntegrationTest {

    @Autowired
    LifecycleFixtures fixtures;
    @Autowired
    CustomerLifecycleService lifecycle;
    @Autowired
    CustomerSurveyService surveys;
    @Autowired
    ContractService contracts;
    @Autowired
    CustomerService customers;
    @Autowired
    ApprovalService approvals;
    @Autowired
    NotificationService notifications;
    @Autowired
    PortalI18NProvider messages;
    @Autowired
    EmployeeService employees;
    @Autowired
    DemoUsers demo;

    private CustomerStatus status(long id) {
        return demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.state(id)).status();
    }

    private ApprovalRequestDetail request(long requestId) {
        return demo.as(DemoUsers.EMPLOYEE, () -> approvals.find(requestId));
    }

    private boolean notified(String login, String key, String arg) {
        return demo.as(login, notifications::myRecent).stream()
                .anyMatch((NotificationItem n) -> n.messageKey().equals(key) && n.args().contains(arg));
    }

    @Test
    void aProspectBecomesACustomerWithACodeThroughSurveyApprovalAndContracts() {
        long id = fixtures.prospect("厦门鹭岛建材有限公司");
        assertThat(status(id)).isEqualTo(CustomerStatus.PROSPECT);
        demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.startSurvey(id));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.submitTradeSurvey(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.survey.incomplete");
        demo.run(DemoUsers.EMPLOYEE, () -> surveys.save(id,
                LifecycleFixtures.completeSurvey(surveys.loadDraft(id))));
        long requestId = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.submitTradeSurvey(id));
        assertThat(status(id)).isEqualTo(CustomerStatus.PENDING_APPROVAL);
        assertThat(request(requestId).steps()).extracting(ApprovalStepView::approverName)
                .containsExactly("刘洋", "陈志强", "王建国");
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> surveys.save(id, surveys.loadDraft(id))))
                .isInstanceOf(BusinessException.class).hasMessage("customer.survey.locked");

        fixtures.decide(DemoUsers.MANAGER, requestId, Decision.APPROVE, "同意");
        fixtures.decide(DemoUsers.DEPARTMENT_HEAD, requestId, Decision.APPROVE, "认可");
        assertThat(status(id)).isEqualTo(CustomerStatus.PENDING_APPROVAL);
        fixtures.decide(DemoUsers.GENERAL_MANAGER, requestId, Decision.APPROVE, "批准");
        assertThat(status(id)).isEqualTo(CustomerStatus.CONTRACTING);

        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.activate(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.lifecycle.contractsMissing");
        demo.run(DemoUsers.EMPLOYEE, () -> contracts.save(id, contract(ContractKind.SUPPLY, "GH-" + id)));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.state(id)).allows(LifecycleAction.ACTIVATE)).isFalse();
        demo.run(DemoUsers.EMPLOYEE, () -> contracts.save(id, contract(ContractKind.QUALITY, "ZB-" + id)));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.state(id)).allows(LifecycleAction.ACTIVATE)).isTrue();

        String code = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.activate(id));
        assertThat(code).matches("KA" + LocalDate.now(clock).getYear() + "\\d{5}");
        CustomerArchive archive = demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id));
        assertThat(archive.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(archive.code()).isEqualTo(code);
        assertThat(archive.tradeSince()).isNotNull();
        for (String head : new String[] {"huanglei", "linfeng", "xiejuan", "songtao"}) {
            assertThat(notified(head, "customer.notice.activated", code)).as(head).isTrue();
        }
        assertThat(fixtures.auditActions(id)).contains(LifecycleAudit.MOVED, LifecycleAudit.SURVEY_SAVED,
                LifecycleAudit.CONTRACT_SAVED, LifecycleAudit.CODE_ASSIGNED);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.activate(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.lifecycle.illegal");
    }

    @Test
    void anIllegalMoveIsRefusedWithBothStatusNamesInTheUsersLanguage() {
        long id = fixtures.prospect("蚌埠淮河商贸有限公司");
        BusinessException refused = (BusinessException) catchThrowable(
                () -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.submitTradeSurvey(id)));
        assertThat(refused.messageKey()).isEqualTo("customer.lifecycle.illegal");
        assertThat(messages.getTranslation(refused.messageKey(), Locale.SIMPLIFIED_CHINESE, refused.arguments()))
                .isEqualTo("客户不能从“潜在客户”变为“交易开始调查书审批中”");
        assertThat(messages.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.arguments()))
                .isEqualTo("A customer cannot move from \"Prospect\" to \"Trade survey in approval\"");
        for (Runnable move : new Runnable[] {() -> lifecycle.resumeSurvey(id), () -> lifecycle.stopSurvey(id, "x"),
            () -> lifecycle.activate(id), () -> lifecycle.terminate(id, EndKind.ENDED, "x")}) {
            assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, move))
                    .isInstanceOf(BusinessException.class).hasMessage("customer.lifecycle.illegal");
        }
        assertThat(status(id)).isEqualTo(CustomerStatus.PROSPECT);
    }

    @Test
    void onlyTheCurrentApproverActsAndNoOneOutsideTheArchiveMovesIt() {
        long id = fixtures.surveyed("长沙湘江电子有限公司");
        assertThatThrownBy(() -> demo.run("zhoujie", () -> lifecycle.startSurvey(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run("sunli", () -> lifecycle.submitTradeSurvey(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run("mali", () -> surveys.loadDraft(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        long requestId = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.submitTradeSurvey(id));
        long version = request(requestId).version();
        assertThatThrownBy(() -> demo.run(DemoUsers.GENERAL_MANAGER,
                () -> approvals.decide(requestId, Decision.APPROVE, null, version)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE,
                () -> approvals.decide(requestId, Decision.APPROVE, null, version)))
                .isInstanceOf(BusinessException.class);
        assertThat(request(requestId).status()).isEqualTo(ApprovalStatus.IN_PROGRESS);
        assertThat(status(id)).isEqualTo(CustomerStatus.PENDING_APPROVAL);
    }

    @Test
    void aReturnedTradeSurveyIsRevisedAndResubmittedAndARejectionSendsItBackToTheSurvey() {
        long id = fixtures.surveyed("重庆山城物流有限公司");
        long requestId = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.submitTradeSurvey(id));
        fixtures.decide(DemoUsers.MANAGER, requestId, Decision.RETURN, "请补充实地调查");
        assertThat(status(id)).isEqualTo(CustomerStatus.PENDING_APPROVAL);
        LifecycleState state = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.state(id));
        assertThat(state.actions()).contains(LifecycleAction.EDIT_SURVEY, LifecycleAction.RESUBMIT_TRADE_SURVEY);

        SurveyDraft draft = demo.as(DemoUsers.EMPLOYEE, () -> surveys.loadDraft(id));
        draft.setFieldSurveyNotes("会同品质部实地查看仓库");
        demo.run(DemoUsers.EMPLOYEE, () -> surveys.save(id, draft));
        demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.resubmitTradeSurvey(id));
        assertThat(request(requestId).status()).isEqualTo(ApprovalStatus.IN_PROGRESS);
        assertThat(request(requestId).round()).isEqualTo(2);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.resubmitTradeSurvey(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.lifecycle.notReturned");

        fixtures.decide(DemoUsers.MANAGER, requestId, Decision.REJECT, "信用存疑");
        assertThat(status(id)).isEqualTo(CustomerStatus.SURVEYING);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> surveys.view(id).getFieldSurveyNotes()))
                .isEqualTo("会同品质部实地查看仓库");
    }

    @Test
    void aWithdrawnTradeSurveyReturnsTheArchiveToTheSurvey() {
        long id = fixtures.surveyed("银川银行大厦物业有限公司");
        long requestId = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.submitTradeSurvey(id));
        demo.run(DemoUsers.EMPLOYEE, () -> approvals.withdraw(requestId, approvals.find(requestId).version()));
        assertThat(status(id)).isEqualTo(CustomerStatus.SURVEYING);
    }

    @Test
    void stoppingASurveyNeedsAReasonAndTellsTheOwnersManager() {
        long id = fixtures.surveyed("福州三坊七巷文旅有限公司");
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.stopSurvey(id, "  ")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.lifecycle.reasonRequired");
        demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.stopSurvey(id, "拖欠供应商货款"));
        LifecycleState state = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.state(id));
        assertThat(state.status()).isEqualTo(CustomerStatus.SURVEY_STOPPED);
        assertThat(state.statusReason()).isEqualTo("拖欠供应商货款");
        assertThat(notified(DemoUsers.MANAGER, "customer.notice.surveyStopped", "拖欠供应商货款")).isTrue();
        demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.resumeSurvey(id));
        assertThat(status(id)).isEqualTo(CustomerStatus.SURVEYING);
    }

    @Test
    void theOwnerEndsTheTradeButOnlyASuperiorResumesIt() {
        long id = fixtures.prospect("泉州晋江鞋业有限公司");
        fixtures.force(id, CustomerStatus.SURVEYING, CustomerStatus.PENDING_APPROVAL, CustomerStatus.CONTRACTING,
                CustomerStatus.ACTIVE);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.terminate(id, null, "停产")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.lifecycle.endKindRequired");
        demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.terminate(id, EndKind.DISSOLVED, "客户停产"));
        LifecycleState state = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.state(id));
        assertThat(state.status()).isEqualTo(CustomerStatus.TERMINATED);
        assertThat(state.endKind()).isEqualTo(EndKind.DISSOLVED);
        assertThat(state.actions()).doesNotContain(LifecycleAction.REACTIVATE);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.reactivate(id, "恢复生产")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.notSupervisor");
        demo.run(DemoUsers.MANAGER, () -> lifecycle.reactivate(id, "恢复生产"));
        assertThat(status(id)).isEqualTo(CustomerStatus.ACTIVE);
        demo.run(DemoUsers.MANAGER, () -> lifecycle.terminate(id, EndKind.ENDED, "合同到期"));
        assertThat(status(id)).isEqualTo(CustomerStatus.TERMINATED);
    }

    @Test
    void aCoOwnerWhoIsNeitherOwnerNorSuperiorCannotEndTheTrade() {
        CustomerDraft draft = CustomerFixtures.draft("漳州片仔癀药业经销有限公司" + System.nanoTime());
        long linaId = demo.as("lina", () -> employees.findReferences("HD0005", PageRequest.of(0, 5)).stream()
                .filter(e -> e.employeeNo().equals("HD0005")).findFirst().orElseThrow().id());
        draft.setCoOwnerIds(Set.of(linaId));
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
        fixtures.force(id, CustomerStatus.SURVEYING, CustomerStatus.PENDING_APPROVAL, CustomerStatus.CONTRACTING,
                CustomerStatus.ACTIVE);
        assertThatThrownBy(() -> demo.run("lina", () -> lifecycle.terminate(id, EndKind.ENDED, "x")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.lifecycle.ownerOrSupervisor");
    }

    @Test
    void aProspectIsDeregisteredOnceTheChainApproves() {
        long id = fixtures.prospect("南平武夷茶业有限公司");
        long requestId = demo.as(DemoUsers.EMPLOYEE, () -> lifecycle.requestDeregistration(id));
        ApprovalRequestDetail detail = request(requestId);
        for (ApprovalStepView step : detail.steps()) {
            assertThat(step.approverName()).isEqualTo("陈志强");
        }
        fixtures.decide(DemoUsers.DEPARTMENT_HEAD, requestId, Decision.APPROVE, null);
        fixtures.decide(DemoUsers.DEPARTMENT_HEAD, requestId, Decision.APPROVE, null);
        assertThat(status(id)).isEqualTo(CustomerStatus.DEREGISTERED);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.startSurvey(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.deregistered");
    }

    @Test
    void anActiveCustomerCannotBeDeregistered() {
        long id = fixtures.prospect("宁德时代配套有限公司");
        fixtures.force(id, CustomerStatus.SURVEYING, CustomerStatus.PENDING_APPROVAL, CustomerStatus.CONTRACTING,
                CustomerStatus.ACTIVE);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.requestDeregistration(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.lifecycle.illegal");
    }
}
