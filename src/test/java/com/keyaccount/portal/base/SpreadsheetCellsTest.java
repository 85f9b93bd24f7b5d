package com.keyaccount.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://evil.example\",\"点此\")", "+86 10 1234 5678",
        "-12.5", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=", "-"})
    void textThatCouldStartAFormulaGetsALeadingApostrophe(String value) {
        assertThat(SpreadsheetCells.neutralise(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"宏达商贸有限公司", "KA202600001", "12.5", "a=b", " =1+1", "'already quoted",
        "客户-华为", "huawei@example.com", "\n=1+1"})
    void otherTextIsLeftAsItIs(String value) {
        assertThat(SpreadsheetCells.neutralise(value)).isEqualTo(value);
    }

    @Test
    void emptyAndMissingValuesStayEmpty() {
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }

    @Test
    void neutralisingTwiceAddsNothingMore() {
        String once = SpreadsheetCells.neutralise("=1+1");
        assertThat(SpreadsheetCells.neutralise(once)).isEqualTo("'=1+1");
    }
}
