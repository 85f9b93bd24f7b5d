package com.keyaccount.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** Errors that reach the UI read as what happened, in the user's language, not as "something went wrong". */
class UiErrorsTest extends ViewTestBase {

    @Test
    void aConstraintViolationSaysTheDataExistsOrIsStillReferenced() {
        DataIntegrityViolationException error = new DataIntegrityViolationException("could not execute statement",
                new SQLIntegrityConstraintViolationException("Duplicate entry 'KA1' for key 'uk_department_code'"));

        assertThat(UiErrors.message(error)).isEqualTo(UI.getCurrent().getTranslation("error.dataIntegrity"))
                .contains("已经存在").doesNotContain(UI.getCurrent().getTranslation("error.unexpected"));
    }

    @Test
    void aDuplicateKeyIsAConstraintViolationToo() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(UiErrors.message(new DuplicateKeyException("uk_employee_no"))).contains("already exists");
    }

    @Test
    void aConstraintViolationShownAsNotificationIsTheLocalizedMessage() {
        UiErrors.showNotification(new DataIntegrityViolationException("fk_employee_department"));

        assertThat(notificationTexts()).containsExactly(UI.getCurrent().getTranslation("error.dataIntegrity"));
    }
}
