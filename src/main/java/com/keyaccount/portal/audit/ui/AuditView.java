package com.keyaccount.portal.audit.ui;

import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * 审计日志: who did what to which object and when, newest first, filtered by person (username prefix), action, object
 * and date range; details and times in the viewer's language and the business time zone. Read-only.
 */
@Route("admin/audit")
@RolesAllowed(Permissions.Audit.READ)
@Menu(order = 920, icon = "vaadin:clipboard-text", title = "menu.audit")
public class AuditView extends Main implements HasDynamicTitle {

    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<String> entityType = new ComboBox<>();
    final TextField entityId = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();

    private final ZoneId zone;
    private final AuditDetailText details;

    AuditView(AuditService audit, ZoneId businessZone) {
        this.zone = businessZone;
        this.details = new AuditDetailText(this::getTranslation, getLocale(), businessZone);
        addClassNames("view-content", "full-height");

        actor.setLabel(getTranslation("audit.actor"));
        actor.setPlaceholder(getTranslation("audit.actorHint"));
        actor.setPrefixComponent(new Icon(VaadinIcon.USER));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.findActions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        entityType.setLabel(getTranslation("audit.object"));
        entityType.setItems(audit.findEntityTypes());
        entityType.setItemLabelGenerator(type -> labelOr("audit.entity." + type, type));
        entityType.setClearButtonVisible(true);
        entityId.setLabel(getTranslation("audit.objectId"));
        entityId.setClearButtonVisible(true);
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        entityId.setWidth("8em");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setI18n(LocalizedI18n.datePicker(getLocale()));
        to.setI18n(LocalizedI18n.datePicker(getLocale()));
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));
        Button clear = new Button(getTranslation("common.clearFilters"), new Icon(VaadinIcon.CLOSE_SMALL), click -> {
            actor.clear();
            action.clear();
            entityType.clear();
            entityId.clear();
            from.clear();
            to.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actor.addValueChangeListener(event -> refresh());
        action.addValueChangeListener(event -> refresh());
        entityType.addValueChangeListener(event -> refresh());
        entityId.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());

        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), zone, getLocale())).setHeader(getTranslation("audit.time"))
                .setSortProperty("occurredAt").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setSortProperty("actor")
                .setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.action"))
                .setSortProperty("action").setAutoWidth(true);
        grid.addColumn(this::objectLabel).setHeader(getTranslation("audit.object")).setAutoWidth(true);
        grid.addColumn(e -> details.render(e.detail())).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.addColumn(AuditEntry::remoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setMultiSort(false);
        grid.setSizeFull();
        grid.setItemsPageable(pageable -> audit.find(filter(), newestFirst(pageable)),
                pageable -> audit.count(filter()));

        add(new ViewToolbar().withFilters(actor, action, entityType, entityId, from, to, clear), grid);
    }

    private static Pageable newestFirst(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("occurredAt").descending());
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), entityType.getValue(), entityId.getValue(),
                startOf(from.getValue()), to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    private String actionLabel(String code) {
        return labelOr("audit.action." + code, code);
    }

    private String objectLabel(AuditEntry entry) {
        if (entry.entityType() == null) {
            return "";
        }
        String type = labelOr("audit.entity." + entry.entityType(), entry.entityType());
        return entry.entityId() == null ? type : type + " #" + entry.entityId();
    }

    /** Codes of modules added later may lack a label yet: show the code rather than a missing-key marker. */
    private String labelOr(String key, String fallback) {
        String label = getTranslation(key);
        return label.startsWith("!") ? fallback : label;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
