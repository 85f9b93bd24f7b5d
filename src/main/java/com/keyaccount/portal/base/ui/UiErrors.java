package com.keyaccount.portal.base.ui;

import com.keyaccount.portal.base.BusinessException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Turns a refused operation into a localized message: on its form field where it names one, else a notification. */
public final class UiErrors {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    private UiErrors() {
    }

    /** The user-facing message for an exception, in the UI's language. */
    public static String message(Throwable error) {
        UI ui = UI.getCurrent();
        if (error instanceof BusinessException business) {
            return ui.getTranslation(business.messageKey(), business.arguments());
        }
        if (error instanceof OptimisticLockingFailureException) {
            return ui.getTranslation("error.concurrentEdit");
        }
        if (error instanceof AccessDeniedException) {
            return ui.getTranslation("error.accessDenied");
        }
        if (error instanceof DataIntegrityViolationException) {
            // services turn the constraints they know into field errors; this is a race or a constraint none checks
            log.warn("Constraint violation reached the UI", error);
            return ui.getTranslation("error.dataIntegrity");
        }
        log.error("Unexpected error", error);
        return ui.getTranslation("error.unexpected");
    }

    /** Shows the error on the matching field of {@code fields} (keyed by the exception's field name), else as a notification. */
    public static void show(RuntimeException error, Map<String, ? extends HasValidation> fields) {
        if (error instanceof BusinessException business && business.field().isPresent()
                && fields.containsKey(business.field().get())) {
            HasValidation field = fields.get(business.field().get());
            field.setErrorMessage(message(error));
            field.setInvalid(true);
            return;
        }
        showNotification(error);
    }

    public static void showNotification(Throwable error) {
        if (UI.getCurrent() == null) {
            log.error("Error outside a UI request", error);
            return;
        }
        Notification notification = new Notification(message(error), 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    public static void showSuccess(String text) {
        Notification notification = new Notification(text, 3000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }
}
