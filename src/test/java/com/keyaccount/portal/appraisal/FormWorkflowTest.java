package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormWorkflowTest {

    @Test
    void theWholeWayWithOpinions() {
        FormStatus status = FormStatus.DRAFT;
        status = FormWorkflow.next(status, FormAction.SUBMIT_SELF, true, null);
        assertThat(status).isEqualTo(FormStatus.SELF_ASSESSED);
        status = FormWorkflow.next(status, FormAction.SUBMIT_SCORES, true, null);
        assertThat(status).isEqualTo(FormStatus.OPINIONS);
        assertThat(FormWorkflow.next(status, FormAction.GIVE_OPINION, true, null)).isEqualTo(FormStatus.OPINIONS);
        status = FormWorkflow.next(FormStatus.SCORED, FormAction.SIGN, true, null);
        assertThat(status).isEqualTo(FormStatus.SIGNED);
        status = FormWorkflow.next(status, FormAction.APPROVE, true, null);
        assertThat(status).isEqualTo(FormStatus.FINAL);
        assertThat(FormWorkflow.next(status, FormAction.REOPEN, true, null)).isEqualTo(FormStatus.SELF_ASSESSED);
    }

    @Test
    void withoutOpinionsScoringGoesStraightToTheSignature() {
        assertThat(FormWorkflow.next(FormStatus.SELF_ASSESSED, FormAction.SUBMIT_SCORES, false, null))
                .isEqualTo(FormStatus.SCORED);
    }

    @Test
    void returnsGoOnlyBackwardsToTheStepsAllowed() {
        assertThat(FormWorkflow.returnTargets(FormStatus.SIGNED))
                .containsExactlyInAnyOrder(FormStatus.DRAFT, FormStatus.SELF_ASSESSED);
        assertThat(FormWorkflow.returnTargets(FormStatus.SELF_ASSESSED)).containsExactly(FormStatus.DRAFT);
        assertThat(FormWorkflow.returnTargets(FormStatus.DRAFT)).isEmpty();
        assertThat(FormWorkflow.returnTargets(FormStatus.FINAL)).isEmpty();
        assertThat(FormWorkflow.next(FormStatus.SIGNED, FormAction.RETURN, true, FormStatus.SELF_ASSESSED))
                .isEqualTo(FormStatus.SELF_ASSESSED);
        assertThatThrownBy(() -> FormWorkflow.next(FormStatus.SIGNED, FormAction.RETURN, true, FormStatus.SCORED))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.workflow.illegal");
    }

    @ParameterizedTest
    @EnumSource(value = FormStatus.class, names = {"DRAFT", "SELF_ASSESSED", "OPINIONS", "SIGNED", "FINAL"})
    void signingOnlyFromScored(FormStatus status) {
        assertThatThrownBy(() -> FormWorkflow.next(status, FormAction.SIGN, true, null))
                .isInstanceOf(BusinessException.class).hasMessage("appraisal.workflow.illegal");
    }

    @ParameterizedTest
    @EnumSource(value = FormStatus.class, names = "FINAL", mode = EnumSource.Mode.EXCLUDE)
    void onlyAFinalFormIsReopened(FormStatus status) {
        assertThatThrownBy(() -> FormWorkflow.next(status, FormAction.REOPEN, true, null))
                .isInstanceOf(BusinessException.class);
        assertThat(FormWorkflow.editable(status)).isTrue();
    }

    @Test
    void eachStateNamesWhoseTurnItIs() {
        assertThat(FormStatus.DRAFT.turn()).isEqualTo(FormStatus.Turn.EMPLOYEE);
        assertThat(FormStatus.SELF_ASSESSED.turn()).isEqualTo(FormStatus.Turn.REVIEWER);
        assertThat(FormStatus.OPINIONS.turn()).isEqualTo(FormStatus.Turn.DEPARTMENTS);
        assertThat(FormStatus.SCORED.turn()).isEqualTo(FormStatus.Turn.REVIEWER);
        assertThat(FormStatus.SIGNED.turn()).isEqualTo(FormStatus.Turn.APPROVER);
        assertThat(FormStatus.FINAL.turn()).isEqualTo(FormStatus.Turn.NOBODY);
        assertThat(FormWorkflow.editable(FormStatus.FINAL)).isFalse();
    }
}
