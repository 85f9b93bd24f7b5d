package com.keyaccount.portal.inbox.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.inbox.InboxService;
import com.keyaccount.portal.inbox.InboxTask;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;

/** 待我审批 / Waiting for me: every module's tasks for the signed-in person; a click opens the task where it is handled. */
@Route("inbox")
@PermitAll
@Menu(order = 10, icon = "vaadin:inbox", title = "menu.inbox")
public class InboxView extends Main implements HasDynamicTitle {

    final Grid<InboxTask> grid = new Grid<>();

    InboxView(InboxService inbox, ZoneId businessZone) {
        addClassNames("view-content", "full-height", "inbox");
        grid.addColumn(task -> getTranslation(task.typeKey())).setHeader(getTranslation("inbox.type"))
                .setAutoWidth(true);
        grid.addColumn(task -> getTranslation(task.titleKey(), task.titleArgs().toArray()))
                .setHeader(getTranslation("inbox.subject")).setFlexGrow(1);
        grid.addColumn(task -> task.from() == null ? "" : task.from()).setHeader(getTranslation("inbox.from"))
                .setAutoWidth(true);
        grid.addColumn(task -> Formats.dateTime(task.since(), businessZone, getLocale()))
                .setHeader(getTranslation("inbox.since")).setAutoWidth(true);
        grid.addColumn(this::dueText).setHeader(getTranslation("inbox.due")).setAutoWidth(true)
                .setPartNameGenerator(task -> task.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(click.getItem().route())));
        grid.setItems(inbox.myTasks());
        add(grid);
    }

    private String dueText(InboxTask task) {
        String due = Formats.date(task.due(), getLocale());
        return task.overdue() ? getTranslation("inbox.overdue", due) : due;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
