package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.customer.RegionService;
import com.keyaccount.portal.customer.RegionSummary;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * 区域管理: the 客户区域分类表 (002 四) — 区域代号, 所辖区域名称, 组别, 区域界限, 不宜访问时间, 备注 — kept by administrators.
 * A region no longer used is switched off, never deleted, so archives keep it.
 */
@Route("admin/regions")
@RolesAllowed(Permissions.Customer.MANAGE)
@Menu(order = 940, icon = "vaadin:map-marker", title = "menu.regions")
public class RegionListView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button create = new Button();
    final Grid<RegionSummary> grid = new Grid<>();

    private final RegionService regions;

    RegionListView(RegionService regions) {
        this.regions = regions;
        addClassNames("view-content", "full-height");

        search.setPlaceholder(getTranslation("customer.region.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18em");
        search.addValueChangeListener(event -> refresh());
        create.setText(getTranslation("customer.region.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openDialog(null));

        grid.addColumn(RegionSummary::code).setHeader(getTranslation("customer.region.field.code"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setFrozen(true);
        grid.addColumn(RegionSummary::name).setHeader(getTranslation("customer.region.field.name"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(RegionSummary::groupName).setHeader(getTranslation("customer.region.field.groupName"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(RegionSummary::boundaries).setHeader(getTranslation("customer.region.field.boundaries"))
                .setFlexGrow(2);
        grid.addColumn(RegionSummary::unsuitableTimes)
                .setHeader(getTranslation("customer.region.field.unsuitableTimes")).setFlexGrow(1);
        grid.addColumn(RegionSummary::remarks).setHeader(getTranslation("customer.region.field.remarks"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::activeBadge).setHeader(getTranslation("customer.region.field.active"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("customer.region.empty"));
        grid.addItemDoubleClickListener(event -> openDialog(event.getItem()));
        grid.setSizeFull();

        add(new ViewToolbar().withFilters(search).withActions(create), grid);
        refresh();
    }

    private Span activeBadge(RegionSummary region) {
        Span badge = new Span(getTranslation(region.active() ? "customer.region.active" : "customer.region.inactive"));
        badge.getElement().getThemeList().add(region.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Button editButton(RegionSummary region) {
        Button edit = new Button(new Icon(VaadinIcon.EDIT), click -> openDialog(region));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setTooltipText(getTranslation("common.edit"));
        edit.setAriaLabel(getTranslation("common.edit"));
        return edit;
    }

    void refresh() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(regions.findAll().stream().filter(region -> text.isEmpty() || matches(region, text)).toList());
    }

    private static boolean matches(RegionSummary region, String text) {
        return Stream.of(region.code(), region.name(), region.groupName(), region.boundaries())
                .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(text));
    }

    void openDialog(RegionSummary region) {
        new RegionDialog(regions, region == null ? null : regions.loadDraft(region.id()), this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.regions");
    }
}
