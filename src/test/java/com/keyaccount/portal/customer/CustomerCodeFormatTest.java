package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerCodeFormatTest {

    private static final LocalDate DAY_IN_2026 = LocalDate.of(2026, 3, 15);

    @Test
    void defaultPatternGivesYearAndFiveDigitSequence() {
        CustomerCodeFormat format = new CustomerCodeFormat(CustomerCodeFormat.DEFAULT_PATTERN);
        assertThat(format.format(DAY_IN_2026, null, 1)).isEqualTo("KA202600001");
        assertThat(format.format(DAY_IN_2026, null, 12_345)).isEqualTo("KA202612345");
        assertThat(format.digits()).isEqualTo(5);
        assertThat(format.usesRegion()).isFalse();
    }

    @Test
    void yearlyPatternDrawsFromACounterPerYear() {
        CustomerCodeFormat format = new CustomerCodeFormat("KA{yyyy}{seq:5}");
        assertThat(format.sequenceKey(DAY_IN_2026, null)).isEqualTo("KA2026");
        assertThat(format.sequenceKey(LocalDate.of(2027, 1, 1), null)).isEqualTo("KA2027");
        assertThat(format.sequenceKey(LocalDate.of(2026, 12, 31), null)).isEqualTo("KA2026");
    }

    @Test
    void patternWithoutDateDrawsFromOneCounterForever() {
        CustomerCodeFormat format = new CustomerCodeFormat("C-{seq:6}");
        assertThat(format.sequenceKey(DAY_IN_2026, null)).isEqualTo("C-");
        assertThat(format.sequenceKey(LocalDate.of(2030, 6, 1), null)).isEqualTo("C-");
        assertThat(format.format(DAY_IN_2026, null, 42)).isEqualTo("C-000042");
    }

    @Test
    void regionalPatternCountsPerRegionAndYear() {
        CustomerCodeFormat format = new CustomerCodeFormat("{region}-{yy}{seq:4}");
        assertThat(format.usesRegion()).isTrue();
        assertThat(format.sequenceKey(DAY_IN_2026, "HD")).isEqualTo("HD-26");
        assertThat(format.sequenceKey(DAY_IN_2026, "HN")).isEqualTo("HN-26");
        assertThat(format.format(DAY_IN_2026, "HD", 7)).isEqualTo("HD-260007");
    }

    @Test
    void regionCodeIsTrimmedAndUpperCased() {
        CustomerCodeFormat format = new CustomerCodeFormat("{region}{seq:3}");
        assertThat(format.format(DAY_IN_2026, " hd ", 1)).isEqualTo("HD001");
    }

    @Test
    void twoDigitYearIsZeroPadded() {
        CustomerCodeFormat format = new CustomerCodeFormat("{yy}{seq:3}");
        assertThat(format.format(LocalDate.of(2005, 1, 1), null, 9)).isEqualTo("05009");
    }

    @Test
    void literalTextAroundTheSequenceIsKept() {
        CustomerCodeFormat format = new CustomerCodeFormat("A{seq:3}-Z");
        assertThat(format.format(DAY_IN_2026, null, 5)).isEqualTo("A005-Z");
        assertThat(format.sequenceKey(DAY_IN_2026, null)).isEqualTo("A-Z");
    }

    @Test
    void lastNumberThatFitsIsUsedThenTheSequenceIsExhausted() {
        CustomerCodeFormat format = new CustomerCodeFormat("KA{yyyy}{seq:3}");
        assertThat(format.format(DAY_IN_2026, null, 999)).isEqualTo("KA2026999");
        assertThatThrownBy(() -> format.format(DAY_IN_2026, null, 1_000))
                .isInstanceOf(IllegalStateException.class).hasMessage(CustomerCodeFormat.EXHAUSTED);
    }

    @Test
    void nineDigitSequenceHoldsTheLargestNumber() {
        CustomerCodeFormat format = new CustomerCodeFormat("{seq:9}");
        assertThat(format.format(DAY_IN_2026, null, 999_999_999L)).isEqualTo("999999999");
        assertThatThrownBy(() -> format.format(DAY_IN_2026, null, Long.MAX_VALUE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sequenceStartsAtOne() {
        CustomerCodeFormat format = new CustomerCodeFormat(CustomerCodeFormat.DEFAULT_PATTERN);
        assertThatThrownBy(() -> format.format(DAY_IN_2026, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> format.format(DAY_IN_2026, null, -5)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "-", "华东", "H D", "H_D"})
    void regionPatternRefusesAMissingOrUnusableRegion(String region) {
        CustomerCodeFormat format = new CustomerCodeFormat("{region}{seq:4}");
        assertThatThrownBy(() -> format.sequenceKey(DAY_IN_2026, region))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(CustomerCodeFormat.REGION);
        assertThatThrownBy(() -> format.format(DAY_IN_2026, region, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(CustomerCodeFormat.REGION);
    }

    @Test
    void regionPatternRefusesNoRegionAtAll() {
        CustomerCodeFormat format = new CustomerCodeFormat("{region}{seq:4}");
        assertThatThrownBy(() -> format.format(DAY_IN_2026, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(CustomerCodeFormat.REGION);
    }

    @Test
    void regionIsIgnoredWhenThePatternHasNone() {
        CustomerCodeFormat format = new CustomerCodeFormat(CustomerCodeFormat.DEFAULT_PATTERN);
        assertThat(format.format(DAY_IN_2026, "华东", 1)).isEqualTo("KA202600001");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "KA{yyyy}", // no sequence
        "KA{seq:3}{seq:3}", // two sequences
        "KA{seq:2}", "KA{seq:10}", "KA{seq:05}", "KA{seq}", "KA{seq:}", "KA{seq:x}", // digits outside 3..9
        "KA{month}{seq:5}", "KA{YYYY}{seq:5}", "KA{yyyy:2}{seq:5}", // unknown tokens
        "ka{seq:5}", "KA {seq:5}", "KA_{seq:5}", "客户{seq:5}", "KA/{seq:5}", // literal characters
        "KA{yyyy{seq:5}", "KA}{seq:5}", "KA{{seq:5}}", // stray braces
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ{seq:5}", // longer than 32 characters
        ""
    })
    void invalidPatternsAreRefusedWithTheMessageKey(String pattern) {
        assertThatThrownBy(() -> new CustomerCodeFormat(pattern))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(CustomerCodeFormat.INVALID);
    }

    @Test
    void nullPatternIsRefused() {
        assertThatThrownBy(() -> new CustomerCodeFormat(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(CustomerCodeFormat.INVALID);
    }

    @Test
    void patternIsKeptAsWritten() {
        CustomerCodeFormat format = new CustomerCodeFormat("KH-{region}-{yyyy}-{seq:6}");
        assertThat(format.pattern()).isEqualTo("KH-{region}-{yyyy}-{seq:6}");
        assertThat(format.format(DAY_IN_2026, "SH", 3)).isEqualTo("KH-SH-2026-000003");
        assertThat(format.sequenceKey(DAY_IN_2026, "SH")).isEqualTo("KH-SH-2026-");
    }
}
