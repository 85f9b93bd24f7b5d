package com.keyaccount.portal.notification.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.notification.NotificationItem;
import com.keyaccount.portal.notification.NotificationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.time.ZoneId;
import java.util.List;

/**
 * The bell in the header: the signed-in person's unread count, refreshed after every navigation, and a dialog
 * listing their latest notifications in their language; a click marks one read and opens its link.
 */
public class NotificationBell extends Div implements AfterNavigationObserver {

    final Button bell = new Button(new Icon(VaadinIcon.BELL));
    final Span count = new Span();
    final Dialog dialog = new Dialog();
    final VerticalLayout list = new VerticalLayout();
    final Button markAllRead;

    private final NotificationService notifications;
    private final ZoneId zone;

    NotificationBell(NotificationService notifications, ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
        addClassName("notification-bell");
        getStyle().set("position", "relative");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(click -> open());
        count.addClassName("menu-badge");
        count.getStyle().set("position", "absolute").set("top", "0").set("right", "0").set("pointer-events", "none");
        dialog.setHeaderTitle(getTranslation("notification.title"));
        dialog.setWidth("min(32rem, 95vw)");
        list.setPadding(false);
        list.setSpacing(false);
        markAllRead = new Button(getTranslation("notification.markAllRead"), click -> {
            notifications.markAllRead();
            refresh();
            fill();
        });
        Button close = new Button(getTranslation("notification.close"), click -> dialog.close());
        // the buttons sit in the dialog's body, not its footer, so they are there as soon as the dialog opens
        HorizontalLayout actions = new HorizontalLayout(markAllRead, close);
        dialog.add(list, actions);
        add(bell, count, dialog);
        refresh();
    }

    /** Shows the unread count, or nothing at zero. */
    void refresh() {
        long unread = notifications.myUnreadCount();
        count.setText(unread > 0 ? Long.toString(unread) : "");
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
    }

    void open() {
        fill();
        dialog.open();
    }

    private void fill() {
        list.removeAll();
        List<NotificationItem> items = notifications.myRecent();
        if (items.isEmpty()) {
            list.add(new Span(getTranslation("notification.empty")));
        }
        items.forEach(item -> list.add(entry(item)));
        markAllRead.setEnabled(items.stream().anyMatch(item -> !item.read()));
    }

    private Div entry(NotificationItem item) {
        Span text = new Span(text(item));
        if (!item.read()) {
            text.getStyle().set("font-weight", "600");
        }
        Span time = new Span(Formats.dateTime(item.createdAt(), zone, getLocale()));
        time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div entry = new Div(text, new Div(time));
        entry.addClassName("notification-entry");
        entry.getStyle().set("padding", "var(--lumo-space-s) 0").set("cursor", "pointer")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("width", "100%");
        entry.addClickListener(click -> follow(item));
        return entry;
    }

    /** The message in the reader's language; {@code #key} arguments are translated too. */
    String text(NotificationItem item) {
        Object[] args = item.args().stream()
                .map(arg -> arg.startsWith("#") ? getTranslation(arg.substring(1)) : arg).toArray();
        return getTranslation(item.messageKey(), args);
    }

    void follow(NotificationItem item) {
        try {
            notifications.markRead(item.id());
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
            return;
        }
        dialog.close();
        refresh();
        if (item.link() != null) {
            getUI().ifPresent(ui -> ui.navigate(item.link()));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }
}
