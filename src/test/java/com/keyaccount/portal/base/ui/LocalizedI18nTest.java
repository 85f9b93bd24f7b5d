package com.keyaccount.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

/** Vaadin's date picker speaks the person's language: names, buttons, input format, first day of the week. */
class LocalizedI18nTest extends ViewTestBase {

    @Test
    void chineseDatePickerTexts() {
        DatePicker.DatePickerI18n i18n = LocalizedI18n.datePicker(PortalI18NProvider.CHINESE);
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("一月").endsWith("十二月");
        assertThat(i18n.getWeekdaysShort()).hasSize(7).startsWith("周日");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
        assertThat(i18n.getDateFormats()).startsWith("yyyy-MM-dd");
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("日期格式不正确，请按 年-月-日 输入");
    }

    @Test
    void englishDatePickerTexts() {
        DatePicker.DatePickerI18n i18n = LocalizedI18n.datePicker(PortalI18NProvider.ENGLISH);
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getFirstDayOfWeek()).isZero();
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getDateFormats()).containsExactly("M/d/yyyy", "yyyy-MM-dd");
    }
}
