package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small value types the templates are built from. */
class AppraisalRecordsTest {

    @Test
    void localizedTextPicksChineseForChineseLocalesAndEnglishOtherwise() {
        LocalizedText text = LocalizedText.of("工作总结", "Work summary");
        assertThat(text.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("工作总结");
        assertThat(text.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("工作总结");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Work summary");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("Work summary");
    }

    @Test
    void localizedTextNeedsBothLanguages() {
        assertThatThrownBy(() -> LocalizedText.of(" ", "Work summary")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedText.of("工作总结", null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource({"MONTH, 2024-02, 2024-02-29", "QUARTER, 2025-01, 2025-03-31", "QUARTER, 2024-10, 2024-12-31",
        "HALF_YEAR, 2025-07, 2025-12-31", "YEAR, 2024-01, 2024-12-31"})
    void periodEndsOnTheLastDayOfItsLastMonth(PeriodKind kind, YearMonth first, LocalDate end) {
        assertThat(kind.endOf(first)).isEqualTo(end);
    }

    @Test
    void scoreRangeIncludesBothEnds() {
        ScoreRange range = ScoreRange.of("75", "89");
        assertThat(range.contains(new BigDecimal("75.00"))).isTrue();
        assertThat(range.contains(new BigDecimal("89"))).isTrue();
        assertThat(range.contains(new BigDecimal("89.01"))).isFalse();
        assertThat(range.contains(new BigDecimal("74.99"))).isFalse();
        assertThat(range.defaultValue()).isFalse();
        assertThat(ScoreRange.defaultOf("0", "59").defaultValue()).isTrue();
    }

    @Test
    void problemRendersNumbersPlainlyAndBecomesARefusal() {
        AppraisalProblem problem = AppraisalProblem.of("appraisal.template.kpiWeights", "KPI", new BigDecimal("1E+2"));
        assertThat(problem.args()).containsExactly("KPI", "100");
        BusinessException refusal = problem.toException();
        assertThat(refusal.messageKey()).isEqualTo("appraisal.template.kpiWeights");
        assertThat(refusal.arguments()).containsExactly("KPI", "100");
    }

    @Test
    void templatesAreImmutableCopiesOfWhatTheyWereBuiltFrom() {
        List<ItemDefinition> items = new ArrayList<>(List.of(AppraisalFixtures.indicator("A")));
        SectionDefinition section = new SectionDefinition("S", AppraisalFixtures.text("部分"), null, items);
        items.add(AppraisalFixtures.indicator("B"));
        assertThat(section.items()).hasSize(1);
        assertThatThrownBy(() -> section.items().add(AppraisalFixtures.indicator("C")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void versionStartsAtOne() {
        assertThatThrownBy(() -> new TemplateDefinition("T", AppraisalFixtures.text("模板"), 0, PeriodKind.MONTH,
                List.of(), LevelScale.defaults())).isInstanceOf(IllegalArgumentException.class);
    }
}
