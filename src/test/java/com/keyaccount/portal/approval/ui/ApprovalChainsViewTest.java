package com.keyaccount.portal.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.approval.ApprovalChainService;
import com.keyaccount.portal.approval.ApproverRule;
import com.keyaccount.portal.approval.ChainDraft;
import com.keyaccount.portal.approval.ChainStepDraft;
import com.keyaccount.portal.approval.ChainSummary;
import com.keyaccount.portal.org.Office;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("admin")
class ApprovalChainsViewTest extends ViewTestBase {

    @Autowired
    ApprovalChainService chains;

    private ApprovalChainsView openChain(String typeKey) {
        ApprovalChainsView view = navigate(ApprovalChainsView.class);
        ChainSummary summary = view.types.getListDataView().getItems().filter(s -> s.typeKey().equals(typeKey))
                .findFirst().orElseThrow();
        view.types.select(summary);
        return view;
    }

    @Test
    void anOfficeStepWithoutAnOfficeIsRefusedAndNothingIsSaved() {
        ChainDraft before = chains.load("customer.archiveAccess");
        ApprovalChainsView view = openChain("customer.archiveAccess");
        assertThat(view.stepRows).hasSize(2);
        test(view.addStep).click();
        ChainStepRow added = view.stepRows.get(2);
        added.rule.setValue(ApproverRule.OFFICE);
        assertThat(added.office.isEnabled()).isTrue();
        test(view.save).click();
        assertThat(notificationTexts()).contains("第 3 步请填写职务");
        assertThat(chains.load("customer.archiveAccess")).isEqualTo(before);
    }

    @Test
    void anOfficeIsChosenFromTheTranslatedOfficesAndSavedAsItsCode() {
        ChainDraft before = chains.load("customer.archiveAccess");
        ApprovalChainsView view = openChain("customer.archiveAccess");
        test(view.addStep).click();
        ChainStepRow added = view.stepRows.get(2);
        added.rule.setValue(ApproverRule.OFFICE);
        assertThat(added.office.getListDataView().getItems()).containsExactly(Office.values());
        assertThat(added.office.getItemLabelGenerator().apply(Office.ARCHIVE_KEEPER)).isEqualTo("档案管理负责人");
        added.office.setValue(Office.ARCHIVE_KEEPER);
        test(view.save).click();
        assertThat(chains.load("customer.archiveAccess").steps()).last()
                .isEqualTo(new ChainStepDraft(ApproverRule.OFFICE, "ARCHIVE_KEEPER"));
        // a reopened editor shows the stored code as the office again
        assertThat(openChain("customer.archiveAccess").stepRows.get(2).office.getValue())
                .isEqualTo(Office.ARCHIVE_KEEPER);
        // put the regulation's chain back for the other tests sharing the database
        chains.save(chains.load("customer.archiveAccess").withSteps(before.steps()));
        assertThat(chains.load("customer.archiveAccess").steps()).isEqualTo(before.steps());
    }

    @Test
    void stepsAreMovedAndSaved() {
        ApprovalChainsView view = openChain("customer.tradeSurvey");
        assertThat(view.stepRows.getFirst().up.isEnabled()).isFalse();
        view.move(view.stepRows.get(2), -1);
        test(view.save).click();
        assertThat(chains.load("customer.tradeSurvey").steps()).extracting(s -> s.rule()).containsExactly(
                ApproverRule.REQUESTER_MANAGER, ApproverRule.GENERAL_MANAGER, ApproverRule.REQUESTER_DEPARTMENT_HEAD);
        // put the regulation's order back for the other tests sharing the database
        view.move(view.stepRows.get(2), -1);
        test(view.save).click();
        assertThat(chains.load("customer.tradeSurvey").steps()).extracting(s -> s.rule()).containsExactly(
                ApproverRule.REQUESTER_MANAGER, ApproverRule.REQUESTER_DEPARTMENT_HEAD, ApproverRule.GENERAL_MANAGER);
    }
}
