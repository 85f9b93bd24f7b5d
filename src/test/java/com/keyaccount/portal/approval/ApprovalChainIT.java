package com.keyaccount.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The chains seeded from the regulations, and the administrator's edits with their validation. */
class ApprovalChainIT extends AbstractIntegrationTest {

    @Autowired
    ApprovalChainService chains;
    @Autowired
    DemoUsers demo;
    @Autowired
    AuditService audit;

    private ChainDraft load(String typeKey) {
        return demo.as(DemoUsers.ADMIN, () -> chains.load(typeKey));
    }

    @Test
    void theRegulationsChainsAreSeeded() {
        assertThat(load("customer.tradeSurvey").steps()).extracting(ChainStepDraft::rule).containsExactly(
                ApproverRule.REQUESTER_MANAGER, ApproverRule.REQUESTER_DEPARTMENT_HEAD, ApproverRule.GENERAL_MANAGER);
        assertThat(load("customer.archiveAccess").steps()).extracting(ChainStepDraft::rule)
                .containsExactly(ApproverRule.REQUESTER_DEPARTMENT_HEAD, ApproverRule.GENERAL_MANAGER);
        assertThat(load("customer.developmentRequest").steps()).containsExactly(
                new ChainStepDraft(ApproverRule.REQUESTER_DEPARTMENT_HEAD, null),
                new ChainStepDraft(ApproverRule.OFFICE, "MARKETING_DIRECTOR"));
        assertThat(demo.as(DemoUsers.ADMIN, chains::findChains)).extracting(ChainSummary::typeKey).contains(
                "customer.tradeSurvey", "customer.archiveAccess", "customer.creditChange",
                "customer.developmentRequest", "customer.deregistration");
    }

    @Test
    void anAdministratorReordersAndExtendsAChainAndTheChangeIsAudited() {
        ChainDraft draft = load("customer.deregistration");
        List<ChainStepDraft> steps = List.of(new ChainStepDraft(ApproverRule.OFFICE, " MARKETING_DIRECTOR "),
                new ChainStepDraft(ApproverRule.REQUESTER_DEPARTMENT_HEAD, "ignored"),
                new ChainStepDraft(ApproverRule.GENERAL_MANAGER, null));
        demo.run(DemoUsers.ADMIN, () -> chains.save(draft.withSteps(steps)));

        ChainDraft saved = load("customer.deregistration");
        assertThat(saved.steps()).containsExactly(new ChainStepDraft(ApproverRule.OFFICE, "MARKETING_DIRECTOR"),
                new ChainStepDraft(ApproverRule.REQUESTER_DEPARTMENT_HEAD, null),
                new ChainStepDraft(ApproverRule.GENERAL_MANAGER, null));
        assertThat(saved.version()).isGreaterThan(draft.version());
        List<AuditEntry> rows = demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null,
                ApprovalAudit.CHAIN_UPDATED, ApprovalAudit.CHAIN_ENTITY, "customer.deregistration", null, null),
                PageRequest.of(0, 5)));
        assertThat(rows).isNotEmpty();

        // a stale copy is refused, nothing overwritten
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> chains.save(draft.withSteps(
                List.of(new ChainStepDraft(ApproverRule.GENERAL_MANAGER, null))))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(load("customer.deregistration").steps()).hasSize(3);
    }

    @Test
    void invalidChainsAreRefusedWithTheStepNamed() {
        ChainDraft draft = load("customer.creditChange");
        assertRefused(draft.withSteps(List.of()), "approval.chain.empty");
        assertRefused(draft.withSteps(List.of(new ChainStepDraft(ApproverRule.GENERAL_MANAGER, null),
                new ChainStepDraft(ApproverRule.OFFICE, " "))), "approval.chain.officeRequired");
        assertRefused(draft.withSteps(List.of(new ChainStepDraft(ApproverRule.OFFICE, "宇宙总督"))),
                "approval.chain.officeUnknown");
        assertRefused(draft.withSteps(List.of(new ChainStepDraft(ApproverRule.OFFICE, "营销总监"))),
                "approval.chain.officeUnknown");
        assertRefused(draft.withSteps(Collections.nCopies(11,
                new ChainStepDraft(ApproverRule.GENERAL_MANAGER, null))), "approval.chain.tooManySteps");
        assertRefused(draft.withSteps(Arrays.asList(new ChainStepDraft(null, null))),
                "approval.chain.ruleRequired");
        assertThat(load("customer.creditChange")).isEqualTo(draft);
    }

    private void assertRefused(ChainDraft draft, String key) {
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> chains.save(draft)))
                .isInstanceOf(BusinessException.class).hasMessage(key);
    }

    @Test
    void onlyAnAdministratorEditsChains() {
        ChainDraft draft = load("customer.tradeSurvey");
        for (String login : List.of(DemoUsers.GENERAL_MANAGER, DemoUsers.DEPARTMENT_HEAD, DemoUsers.EMPLOYEE)) {
            assertThatThrownBy(() -> demo.run(login, () -> chains.save(draft))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(login, chains::findChains)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
