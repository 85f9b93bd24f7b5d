package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.customer.FollowUpService;
import com.keyaccount.portal.customer.OverdueCustomer;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 跟进提醒 / Overdue follow-ups: the archives the person owns or co-owns (a manager: also the team's) that nobody followed
 * up within the reminder period, or ever; the longest waiting first, each a link to its archive.
 */
@Route("follow-ups/overdue")
@RolesAllowed(Permissions.Customer.READ)
@Menu(order = 120, icon = "vaadin:alarm", title = "menu.followUpsOverdue")
public class FollowUpReminderView extends Main implements HasDynamicTitle {

    final IntegerField days = new IntegerField();
    final Span total = new Span();
    final Grid<OverdueCustomer> grid = new Grid<>();

    FollowUpReminderView(FollowUpService followUps) {
        addClassNames("view-content", "full-height", "follow-up-reminders");
        days.setLabel(getTranslation("customer.overdue.days"));
        days.setMin(1);
        String invalid = getTranslation("customer.followUp.overdueDays.invalid");
        days.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(invalid).setBadInputErrorMessage(invalid));
        days.setStepButtonsVisible(true);
        days.setValue(followUps.overdueDays());
        days.setWidth("10em");
        days.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() >= 1) {
                grid.getDataProvider().refreshAll();
            }
        });

        grid.addComponentColumn(c -> new Anchor(archiveRoute(c.id()), c.name()))
                .setHeader(getTranslation("customer.field.name")).setFlexGrow(1);
        grid.addColumn(c -> c.code() == null ? "" : c.code()).setHeader(getTranslation("customer.field.code"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("customer.status." + c.status().name()))
                .setHeader(getTranslation("customer.field.status")).setAutoWidth(true);
        grid.addColumn(OverdueCustomer::ownerName).setHeader(getTranslation("customer.field.owner")).setAutoWidth(true);
        grid.addColumn(c -> c.lastFollowUpOn() == null ? getTranslation("customer.overdue.never")
                        : Formats.date(c.lastFollowUpOn(), getLocale()))
                .setHeader(getTranslation("customer.field.lastFollowUpOn")).setAutoWidth(true);
        grid.addColumn(c -> c.daysSince() == null ? "" : getTranslation("customer.overdue.daysAgo", c.daysSince()))
                .setHeader(getTranslation("customer.overdue.since")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("customer.overdue.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(pageable -> followUps.findOverdue(period(followUps), pageable), query -> {
            long count = followUps.countOverdue(period(followUps));
            total.setText(getTranslation("customer.overdue.total", count));
            return count;
        });
        add(new ViewToolbar().withFilters(days).withActions(total), grid);
    }

    private int period(FollowUpService followUps) {
        // an empty or invalid entry (the field shows why) lists by the configured period
        Integer value = days.getValue();
        return value == null || value < 1 ? followUps.overdueDays() : value;
    }

    /** The archive page's route (customers/:id). */
    static String archiveRoute(long customerId) {
        return "customers/" + customerId;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.followUpsOverdue");
    }
}
