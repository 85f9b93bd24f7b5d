package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerHistoryEntry;
import com.keyaccount.portal.customer.CustomerHistoryService;
import com.keyaccount.portal.customer.HistoryValue;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;

/**
 * 变更历史: every saved change of the archive (重大变动均须记入档案, 000 信息办法 第四条) as a timeline, newest first:
 * when (in the portal's time zone and the reader's format), who, and each field from what to what, enum values in
 * the reader's language. Loaded when the tab is first shown.
 */
class CustomerHistoryTab extends Div {

    final Div timeline = new Div();
    List<CustomerHistoryEntry> entries = List.of();

    private final CustomerHistoryService history;
    private final long customerId;
    private final ZoneId zone;
    private boolean loaded;

    CustomerHistoryTab(CustomerHistoryService history, long customerId, ZoneId zone) {
        this.history = history;
        this.customerId = customerId;
        this.zone = zone;
        addClassName("customer-history");
        timeline.addClassName("customer-history-timeline");
        add(timeline);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (!loaded) {
            load();
        }
    }

    void load() {
        loaded = true;
        timeline.removeAll();
        try {
            entries = history.findHistory(customerId);
        } catch (RuntimeException e) {
            entries = List.of();
            timeline.add(new Paragraph(UiErrors.message(e)));
            return;
        }
        if (entries.isEmpty()) {
            timeline.add(new Paragraph(getTranslation("customer.history.empty")));
        }
        entries.forEach(entry -> timeline.add(entry(entry)));
    }

    private Div entry(CustomerHistoryEntry entry) {
        Span when = new Span(Formats.dateTime(entry.at(), zone, getLocale()));
        when.addClassName("fact-label");
        Span who = new Span(getTranslation(entry.created() ? "customer.history.createdBy" : "customer.history.changedBy",
                entry.actorName()));
        who.getStyle().set("font-weight", "600");
        Div head = new Div(when, new Span(" "), who);
        Div item = new Div(head);
        if (!entry.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            entry.changes().forEach(change -> changes.add(new ListItem(changeText(change))));
            changes.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("overflow-wrap", "anywhere");
            item.add(changes);
        }
        item.addClassNames("card", "customer-history-entry");
        item.getStyle().set("margin-bottom", "var(--lumo-space-s)").set("padding", "var(--lumo-space-m)");
        return item;
    }

    /** "电话：0591-1 → 0591-2", in the reader's language. */
    String changeText(CustomerHistoryEntry.Change change) {
        return getTranslation("customer.history.change", getTranslation(change.fieldKey()), value(change.from()),
                value(change.to()));
    }

    private String value(HistoryValue value) {
        return switch (value) {
            case null -> getTranslation("customer.history.emptyValue");
            case HistoryValue.Text text -> text.text();
            case HistoryValue.Label label -> getTranslation(label.messageKey());
            case HistoryValue.Day day -> Formats.date(day.date(), getLocale());
            case HistoryValue.Amount amount -> Formats.money(amount.amount(), getLocale());
            case HistoryValue.Count count -> Formats.number(count.count(), getLocale());
        };
    }
}
