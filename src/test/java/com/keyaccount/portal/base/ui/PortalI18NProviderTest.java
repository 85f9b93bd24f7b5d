package com.keyaccount.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Translations as every caller gets them: lists joined in the language's way, apostrophes kept. */
class PortalI18NProviderTest {

    private final PortalI18NProvider provider = new PortalI18NProvider();

    @Test
    void aListArgumentIsJoinedWithTheChineseSeparator() {
        assertThat(provider.getTranslation("employee.headsDepartment", Locale.SIMPLIFIED_CHINESE, "陈志强",
                List.of("大客户部", "销售部"))).contains("大客户部、销售部").doesNotContain("[");
    }

    @Test
    void aListArgumentIsJoinedWithTheEnglishSeparatorAndItsSpace() {
        assertThat(provider.getTranslation("employee.headsDepartment", Locale.ENGLISH, "Chen",
                List.of("Key Accounts", "Sales", "Logistics")))
                .contains("Key Accounts, Sales, Logistics").doesNotContain("、");
    }

    @Test
    void anyCollectionIsJoinedAndOtherArgumentsStayAsTheyAre() {
        assertThat(provider.getTranslation("department.hasChildren", Locale.ENGLISH, Set.of("A"), 3))
                .isEqualTo("Cannot delete \"A\": it still has 3 sub-departments");
    }

    @Test
    void theSeparatorItselfKeepsItsTrailingSpace() {
        assertThat(provider.getTranslation(PortalI18NProvider.LIST_SEPARATOR, Locale.ENGLISH)).isEqualTo(", ");
        assertThat(provider.getTranslation(PortalI18NProvider.LIST_SEPARATOR, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("、");
    }

    @Test
    void anApostropheSurvivesInAMessageWithAnArgument() {
        PortalI18NProvider quotes = new PortalI18NProvider(List.of("i18n/quotes"));

        assertThat(quotes.getTranslation("test.withArgument", Locale.ENGLISH, "Sales")).isEqualTo("Can't delete Sales");
    }

    @Test
    void anApostropheIsWrittenTheSameWayInAMessageWithoutArguments() {
        PortalI18NProvider quotes = new PortalI18NProvider(List.of("i18n/quotes"));

        assertThat(quotes.getTranslation("test.withoutArgument", Locale.ENGLISH)).isEqualTo("Don't panic");
    }

    @Test
    void anyChineseLocaleGetsChineseAndAnyOtherEnglish() {
        assertThat(provider.getTranslation("common.save", Locale.TRADITIONAL_CHINESE)).isEqualTo("保存");
        assertThat(provider.getTranslation("common.save", Locale.GERMAN)).isEqualTo("Save");
    }
}
