package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.GradeScheme;
import com.keyaccount.portal.customer.GradeSchemeRules;
import com.keyaccount.portal.customer.GradeThresholdService;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("admin")
class GradeThresholdsViewTest extends ViewTestBase {

    @Autowired
    GradeThresholdService thresholds;

    @Test
    void bothSchemesShowTheirRulesInEvaluationOrder() {
        GradeThresholdsView view = navigate(GradeThresholdsView.class);
        GradeSchemeEditor grade = view.editors.get(GradeScheme.GRADE);
        assertThat(grade.ruleRows).hasSize(9);
        assertThat(grade.ruleRows.getFirst().grade.getValue()).isEqualTo("C");
        assertThat(grade.ruleRows.getFirst().number.getText()).isEqualTo("规则 1");
        assertThat(grade.ruleRows.get(1).minAmount.getValue()).isEqualByComparingTo("500000");
        assertThat(view.editors.get(GradeScheme.RATING).ruleRows).hasSize(4);
    }

    @Test
    void aRuleWithoutConditionsBeforeTheLastIsRefusedAndNothingIsSaved() {
        GradeSchemeRules before = thresholds.load(GradeScheme.RATING);
        GradeSchemeEditor rating = navigate(GradeThresholdsView.class).editors.get(GradeScheme.RATING);
        rating.ruleRows.get(1).minAmount.clear();
        test(rating.save).click();
        assertThat(notificationTexts()).contains("规则 2 没有任何条件：其后的规则永远不会生效");
        assertThat(thresholds.load(GradeScheme.RATING)).isEqualTo(before);
    }

    @Test
    void movingAndSavingARuleRegradesAndCanBeUndone() {
        GradeSchemeRules before = thresholds.load(GradeScheme.RATING);
        GradeSchemeEditor rating = navigate(GradeThresholdsView.class).editors.get(GradeScheme.RATING);
        rating.ruleRows.get(0).minAmount.setValue(new BigDecimal("2000000"));
        test(rating.save).click();
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("已保存；重新计算"));
        assertThat(thresholds.load(GradeScheme.RATING).rows().getFirst().minAmount()).isEqualByComparingTo("2000000");
        assertThat(rating.ruleRows.getFirst().minAmount.getValue()).isEqualByComparingTo("2000000");

        rating.move(rating.ruleRows.get(1), -1);
        assertThat(rating.ruleRows.getFirst().grade.getValue()).isEqualTo("AA");
        rating.load();
        assertThat(rating.ruleRows.getFirst().grade.getValue()).isEqualTo("AAA");
        GradeSchemeRules current = thresholds.load(GradeScheme.RATING);
        thresholds.save(new GradeSchemeRules(GradeScheme.RATING, current.version(), before.rows(), null, null));
    }
}
