package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.customer.CustomerAccessRules.ArchiveFacts;
import com.keyaccount.portal.customer.CustomerAccessRules.Viewer;
import com.keyaccount.portal.org.Office;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The visibility matrix of 004 第三章 一, one row per (viewer, level). */
class CustomerAccessRulesTest {

    private static final long OWNER = 1;
    private static final long CO_OWNER = 2;
    private static final long OWNER_MANAGER = 3;
    private static final long DEPARTMENT_HEAD = 4;
    private static final long STRANGER = 5;
    private static final long OFFICE_HOLDER = 6;

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @CsvSource({
        "OWNER, PERSONAL, true", "OWNER, DEPARTMENT, true", "OWNER, COMPANY, true",
        "CO_OWNER, PERSONAL, true", "CO_OWNER, DEPARTMENT, true", "CO_OWNER, COMPANY, false",
        "OWNER_MANAGER, PERSONAL, true", "OWNER_MANAGER, DEPARTMENT, false", "OWNER_MANAGER, COMPANY, false",
        "DEPARTMENT_HEAD, PERSONAL, false", "DEPARTMENT_HEAD, DEPARTMENT, true", "DEPARTMENT_HEAD, COMPANY, false",
        "STRANGER, PERSONAL, false", "STRANGER, DEPARTMENT, false", "STRANGER, COMPANY, false",
        "MARKETING_DIRECTOR, PERSONAL, true", "MARKETING_DIRECTOR, DEPARTMENT, true",
        "MARKETING_DIRECTOR, COMPANY, true",
        "DEPUTY_GM_MARKETING, PERSONAL, true", "DEPUTY_GM_MARKETING, DEPARTMENT, true",
        "DEPUTY_GM_MARKETING, COMPANY, true",
        "GENERAL_MANAGER, PERSONAL, true", "GENERAL_MANAGER, DEPARTMENT, true", "GENERAL_MANAGER, COMPANY, true",
        "ARCHIVE_KEEPER, PERSONAL, false", "ARCHIVE_KEEPER, DEPARTMENT, false", "ARCHIVE_KEEPER, COMPANY, false",
        "KA_DEPARTMENT_MANAGER, PERSONAL, false", "KA_DEPARTMENT_MANAGER, COMPANY, false",
        "CUSTOMER_SERVICE_SPECIALIST, DEPARTMENT, false"
    })
    void matrix(String who, Confidentiality level, boolean mayOpen) {
        assertThat(CustomerAccessRules.mayOpen(archive(level), viewer(who))).isEqualTo(mayOpen);
    }

    @ParameterizedTest(name = "{0} supervises: {1}")
    @CsvSource({"OWNER, false", "CO_OWNER, false", "OWNER_MANAGER, true", "DEPARTMENT_HEAD, true",
        "STRANGER, false", "MARKETING_DIRECTOR, true", "ARCHIVE_KEEPER, false"})
    void supervisors(String who, boolean supervises) {
        assertThat(CustomerAccessRules.supervises(archive(Confidentiality.PERSONAL), viewer(who)))
                .isEqualTo(supervises);
    }

    private static ArchiveFacts archive(Confidentiality level) {
        return new ArchiveFacts(level, OWNER, Set.of(CO_OWNER), Set.of(OWNER_MANAGER), Set.of(DEPARTMENT_HEAD));
    }

    private static Viewer viewer(String who) {
        return switch (who) {
            case "OWNER" -> new Viewer(OWNER, EnumSet.noneOf(Office.class));
            case "CO_OWNER" -> new Viewer(CO_OWNER, EnumSet.noneOf(Office.class));
            case "OWNER_MANAGER" -> new Viewer(OWNER_MANAGER, EnumSet.noneOf(Office.class));
            case "DEPARTMENT_HEAD" -> new Viewer(DEPARTMENT_HEAD, EnumSet.noneOf(Office.class));
            case "STRANGER" -> new Viewer(STRANGER, EnumSet.noneOf(Office.class));
            default -> new Viewer(OFFICE_HOLDER, EnumSet.of(Office.valueOf(who)));
        };
    }
}
