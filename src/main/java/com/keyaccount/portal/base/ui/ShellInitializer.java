package com.keyaccount.portal.base.ui;

import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PortalUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Per session and UI: the signed-in person's chosen language replaces the browser's, and errors nobody caught
 * become a localized notification instead of a stack trace.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    ShellInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(
                error -> UiErrors.showNotification(error.getThrowable())));
        event.getSource().addUIInitListener(init -> currentUser.get().flatMap(PortalUser::preferredLocale)
                .map(PortalI18NProvider::supported)
                .ifPresent(locale -> {
                    init.getUI().getSession().setLocale(locale);
                    init.getUI().setLocale(locale);
                }));
    }
}
