package com.keyaccount.portal.notification.ui;

import com.keyaccount.portal.base.ui.MainLayout;
import com.keyaccount.portal.notification.NotificationService;
import com.vaadin.flow.component.Component;
import java.time.ZoneId;

/** Puts the notification bell in the shell's header. */
@org.springframework.stereotype.Component
class NotificationBellItem implements MainLayout.HeaderItem {

    private final NotificationService notifications;
    private final ZoneId zone;

    NotificationBellItem(NotificationService notifications, ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, zone);
    }
}
