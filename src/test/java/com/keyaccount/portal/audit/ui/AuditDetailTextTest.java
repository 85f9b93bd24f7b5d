package com.keyaccount.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.FieldChange;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Audit details read in the viewer's language: translated keys and values, local dates, no raw codes. */
class AuditDetailTextTest {

    private static final PortalI18NProvider I18N = new PortalI18NProvider();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static String render(AuditDetail detail, Locale locale) {
        return new AuditDetailText((key, args) -> I18N.getTranslation(key, locale, args), locale, SHANGHAI)
                .render(detail);
    }

    @Test
    void fieldChangesReadAsLabelOldValueArrowNewValueInTheViewersLanguage() {
        AuditDetail detail = AuditDetail.of("audit.detail.employee", "张伟", "HD0004").withChanges(List.of(
                new FieldChange("employee.education", "#education.BACHELOR", "#education.MASTER"),
                new FieldChange("employee.phone", null, "138 0000 0000")));

        assertThat(render(detail, PortalI18NProvider.CHINESE))
                .isEqualTo("张伟（HD0004）；学历：本科 → 硕士；电话：（空） → 138 0000 0000");
        assertThat(render(detail, PortalI18NProvider.ENGLISH))
                .isEqualTo("张伟 (HD0004); Education: Bachelor → Master; Phone: (empty) → 138 0000 0000");
    }

    @Test
    void translatableListsAreJoinedWithTheLanguagesSeparator() {
        AuditDetail detail = AuditDetail.of("audit.detail.account", "zhangwei").withChanges(List.of(
                new FieldChange("employee.roles", "#role.EMPLOYEE", "#role.EMPLOYEE,#role.ADMIN")));

        assertThat(render(detail, PortalI18NProvider.CHINESE)).endsWith("角色：员工 → 员工、系统管理员");
        assertThat(render(detail, PortalI18NProvider.ENGLISH))
                .endsWith("Roles: Employee → Employee, System administrator");
    }

    @Test
    void momentsShowInTheBusinessTimeZoneAndDatesInTheLocalesFormat() {
        AuditDetail locked = AuditDetail.of("audit.detail.locked", 5, Instant.parse("2026-03-01T02:15:00Z"));
        AuditDetail left = AuditDetail.of("audit.detail.employeeLeft", "郑浩", "HD0010", LocalDate.of(2025, 12, 31));

        assertThat(render(locked, PortalI18NProvider.ENGLISH)).contains("10:15").doesNotContain("2026-03-01T", "Z");
        assertThat(render(left, PortalI18NProvider.ENGLISH)).isEqualTo("郑浩 (HD0010) left on Dec 31, 2025");
        assertThat(render(left, PortalI18NProvider.CHINESE)).isEqualTo("郑浩（HD0010）于 2025年12月31日 离职");
    }

    @Test
    void aLegacyPlainDetailStillShowsAndUnknownKeysShowTheirCode() {
        assertThat(render(AuditDetail.of(AuditDetail.LEGACY_TEXT, "张伟 (HD0004)"), PortalI18NProvider.ENGLISH))
                .isEqualTo("张伟 (HD0004)");
        assertThat(render(AuditDetail.of("customer.detail.opened", "#customer.grade.A"), PortalI18NProvider.ENGLISH))
                .isEqualTo("customer.detail.opened [#customer.grade.A]");
        assertThat(render(AuditDetail.none(), PortalI18NProvider.CHINESE)).isEmpty();
    }
}
