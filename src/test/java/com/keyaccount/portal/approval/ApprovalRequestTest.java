package com.keyaccount.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.base.BusinessException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request's state machine without a database. */
class ApprovalRequestTest {

    private static final long REQUESTER = 4;
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final ApprovalSubject SUBJECT = new ApprovalSubject("Sample", "样品", null, null);

    private static ApprovalRequest submitted() {
        ApprovalRequest request = new ApprovalRequest("test.sample", 1, REQUESTER, "张伟");
        request.startRound(SUBJECT, List.of(step(3, "刘洋"), step(2, "陈志强"), step(1, "王建国")), NOW);
        return request;
    }

    private static ResolvedStep step(long approver, String name) {
        return new ResolvedStep(ApproverRule.REQUESTER_MANAGER, null, approver, name, false);
    }

    private static List<StepState> states(ApprovalRequest request) {
        return request.getSteps().stream().filter(s -> s.getRound() == request.getRound())
                .map(ApprovalStep::getState).toList();
    }

    @Test
    void approvalsWalkTheStepsInOrderAndTheLastApprovesTheRequest() {
        ApprovalRequest request = submitted();
        assertThat(request.decide(3, Decision.APPROVE, null, NOW)).get().extracting(ApprovalStep::getApproverId)
                .isEqualTo(2L);
        assertThat(request.decide(2, Decision.APPROVE, "好", NOW)).get().extracting(ApprovalStep::getApproverId)
                .isEqualTo(1L);
        assertThat(request.decide(1, Decision.APPROVE, null, NOW)).isEmpty();
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(states(request)).containsOnly(StepState.APPROVED);
        assertThat(request.current()).isEmpty();
    }

    @Test
    void onlyTheCurrentApproverDecides() {
        ApprovalRequest request = submitted();
        assertThatThrownBy(() -> request.decide(2, Decision.APPROVE, null, NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("approval.notYourTurn");
        assertThatThrownBy(() -> request.decide(REQUESTER, Decision.APPROVE, null, NOW))
                .isInstanceOf(BusinessException.class).hasMessage("approval.selfApproval");
        assertThat(states(request)).containsExactly(StepState.PENDING, StepState.WAITING, StepState.WAITING);
    }

    @Test
    void rejectingOrReturningNeedsACommentAndEndsTheRound() {
        ApprovalRequest request = submitted();
        assertThatThrownBy(() -> request.decide(3, Decision.REJECT, " ", NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("approval.commentRequired");
        assertThatThrownBy(() -> request.decide(3, Decision.RETURN, "x".repeat(Decision.MAX_COMMENT + 1), NOW))
                .isInstanceOf(BusinessException.class).hasMessage("approval.commentTooLong");
        request.decide(3, Decision.RETURN, "补充材料", NOW);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.RETURNED);
        assertThat(states(request)).containsExactly(StepState.RETURNED, StepState.CANCELLED, StepState.CANCELLED);
        assertThatThrownBy(() -> request.decide(2, Decision.APPROVE, null, NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("approval.notInProgress");
    }

    @Test
    void aReturnedRequestIsResubmittedByItsRequesterOnlyAsANewRound() {
        ApprovalRequest request = submitted();
        request.decide(3, Decision.RETURN, "补充材料", NOW);
        List<ResolvedStep> chain = List.of(step(3, "刘洋"), step(1, "王建国"));
        assertThatThrownBy(() -> request.resubmit(3, SUBJECT, chain, NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("approval.notRequester");
        request.resubmit(REQUESTER, SUBJECT, chain, NOW);
        assertThat(request.getRound()).isEqualTo(2);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.IN_PROGRESS);
        assertThat(states(request)).containsExactly(StepState.PENDING, StepState.WAITING);
        assertThatThrownBy(() -> request.resubmit(REQUESTER, SUBJECT, chain, NOW))
                .isInstanceOf(BusinessException.class).hasMessage("approval.notReturned");
    }

    @Test
    void theRequesterWithdrawsAnOpenRequestButNotAFinishedOne() {
        ApprovalRequest request = submitted();
        assertThatThrownBy(() -> request.withdraw(3, NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("approval.notRequester");
        request.withdraw(REQUESTER, NOW);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
        assertThat(states(request)).containsOnly(StepState.CANCELLED);
        assertThatThrownBy(() -> request.withdraw(REQUESTER, NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("approval.notWithdrawable");
    }
}
