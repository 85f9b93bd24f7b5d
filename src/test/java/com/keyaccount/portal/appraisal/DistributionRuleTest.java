package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistributionRuleTest {

    private static CycleResults results(BigDecimal max, ResultLevel... levels) {
        List<CycleResults.Row> rows = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            rows.add(new CycleResults.Row(i, i, "员工" + i, "HD" + i, "大客户部", null, "刘洋", FormStatus.SIGNED,
                    Map.of(), levels[i] == null ? null : BigDecimal.TEN, levels[i], null, null, null, null, null, 0));
        }
        return new CycleResults(1, "2026 Q3", PeriodKind.QUARTER, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                StandardTemplates.salesRepMonthly(), null, null, rows, max);
    }

    @Test
    void warnsWhenTheShareOfExcellentExceedsTheRule() {
        var warning = DistributionRule.check(results(new BigDecimal("20"), ResultLevel.EXCELLENT,
                ResultLevel.EXCELLENT, ResultLevel.GOOD, ResultLevel.GOOD, ResultLevel.AVERAGE, ResultLevel.PASS));
        assertThat(warning).isPresent();
        assertThat(warning.get().percent()).isEqualByComparingTo("33.33");
        assertThat(warning.get().excellent()).isEqualTo(2);
        assertThat(warning.get().scored()).isEqualTo(6);
    }

    @Test
    void exactlyAtTheLimitOrWithoutARuleIsFine() {
        assertThat(DistributionRule.check(results(new BigDecimal("20"), ResultLevel.EXCELLENT, ResultLevel.GOOD,
                ResultLevel.GOOD, ResultLevel.GOOD, ResultLevel.FAIL))).isEmpty();
        assertThat(DistributionRule.check(results(null, ResultLevel.EXCELLENT))).isEmpty();
        assertThat(DistributionRule.check(results(new BigDecimal("20"), (ResultLevel) null))).isEmpty();
    }

    @Test
    void theDistributionCountsEveryLevel() {
        assertThat(results(null, ResultLevel.GOOD, ResultLevel.GOOD, null).distribution())
                .containsEntry(ResultLevel.GOOD, 2L).containsEntry(ResultLevel.EXCELLENT, 0L).hasSize(5);
    }
}
