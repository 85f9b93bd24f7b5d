package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.customer.CustomerDirectoryService;
import com.keyaccount.portal.customer.CustomerExportService;
import com.keyaccount.portal.customer.CustomerFilter;
import com.keyaccount.portal.customer.CustomerImportService;
import com.keyaccount.portal.customer.SalesImportService;
import com.keyaccount.portal.customer.CustomerRow;
import com.keyaccount.portal.customer.DirectoryCount;
import com.keyaccount.portal.customer.RegionService;
import com.keyaccount.portal.customer.SavedFilterService;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.security.PortalUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;

/**
 * 客户一览表 (000 客户名册管理制度 第三条): every customer with its name, short name, code, region, grade, owner and status,
 * for everyone with customer access; a lock marks archives the reader may not open (004 第三章 一), whose page then
 * explains the refusal. Search (pinyin too), filters, saved filters and the sort order; the last filter is kept in
 * the session and shown again when the person comes back. Excel export and import for those allowed.
 */
@Route("customers")
@RolesAllowed(Permissions.Customer.READ)
@Menu(order = 100, icon = "vaadin:building", title = "menu.customers")
public class CustomerDirectoryView extends Main implements HasDynamicTitle {

    /** The session attribute holding the directory's last filter. */
    static final String LAST_FILTER = CustomerDirectoryView.class.getName() + ".filter";
    private static final int PHONE_WIDTH = 600;
    private static final Set<String> PHONE_COLUMNS = Set.of("name", "status");

    final CustomerFilterBar filters;
    final SavedFilterMenu savedFilters;
    final CustomerExcelActions excel;
    final Button create = new Button();
    final Grid<CustomerRow> grid = new Grid<>();
    final Span total = new Span();

    private final CustomerDirectoryService directory;
    private volatile CustomerFilter applied;
    private volatile Sort sort = Sort.unsorted();

    CustomerDirectoryView(CustomerDirectoryService directory, SavedFilterService savedFilterService,
            CustomerExportService exporter, CustomerImportService importer, SalesImportService salesImporter,
            RegionService regions,
            EmployeeService employees, DepartmentService departments, CurrentUser currentUser) {
        this.directory = directory;
        addClassNames("view-content", "full-height");
        PortalUser user = currentUser.require();
        filters = new CustomerFilterBar(regions.findAll(), employees.findActiveOptions(), departments.findAll(),
                this::filterChanged);
        savedFilters = new SavedFilterMenu(savedFilterService, filters::value, this::apply);
        excel = new CustomerExcelActions(exporter, importer, salesImporter,
                user.hasPermission(Permissions.Customer.EXPORT),
                user.hasPermission(Permissions.Customer.IMPORT), () -> applied, () -> sort, this::refresh);
        create.setText(getTranslation("customer.directory.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("customers/new")));
        create.setVisible(user.hasPermission(Permissions.Customer.EDIT));
        configureGrid();
        CustomerFilter last = (CustomerFilter) VaadinSession.getCurrent().getAttribute(LAST_FILTER);
        applied = last == null ? CustomerFilter.defaults() : last;
        filters.setValue(applied);
        add(new ViewToolbar().withFilters(filters).withActions(total, savedFilters, excel, create), grid);
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("customer.field.name"))
                .setSortProperty("name").setKey("name").setAutoWidth(true).setFlexGrow(2).setFrozen(true);
        grid.addColumn(CustomerRow::shortName).setHeader(getTranslation("customer.field.shortName"))
                .setKey("shortName").setAutoWidth(true);
        grid.addColumn(CustomerRow::code).setHeader(getTranslation("customer.field.code")).setSortProperty("code")
                .setKey("code").setAutoWidth(true);
        grid.addColumn(CustomerRow::regionName).setHeader(getTranslation("customer.field.region")).setKey("region")
                .setAutoWidth(true);
        grid.addColumn(row -> row.grade() == null ? "" : getTranslation("customer.grade." + row.grade().name()))
                .setHeader(getTranslation("customer.directory.grade")).setSortProperty("grade").setKey("grade")
                .setAutoWidth(true);
        grid.addColumn(row -> row.rating() == null ? "" : row.rating().name())
                .setHeader(getTranslation("customer.directory.rating")).setKey("rating").setAutoWidth(true);
        grid.addColumn(CustomerRow::ownerName).setHeader(getTranslation("customer.field.owner")).setKey("owner")
                .setAutoWidth(true);
        grid.addColumn(CustomerRow::departmentName).setHeader(getTranslation("customer.field.department"))
                .setKey("department").setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("customer.field.status"))
                .setSortProperty("status").setKey("status").setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.lastFollowUpOn(), getLocale()))
                .setHeader(getTranslation("customer.field.lastFollowUpOn")).setSortProperty("lastFollowUpOn")
                .setKey("lastFollowUpOn").setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("customer.directory.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate("customers/" + event.getItem().id())));
        grid.addSortListener(event -> sort = sortOf(event.getSortOrder()));
    }

    private static Sort sortOf(List<GridSortOrder<CustomerRow>> orders) {
        return orders.stream().findFirst().map(order -> {
            String property = order.getSorted().getKey();
            return order.getDirection() == SortDirection.ASCENDING ? Sort.by(property) : Sort.by(property).descending();
        }).orElse(Sort.unsorted());
    }

    private HorizontalLayout nameCell(CustomerRow row) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(false);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!row.openable()) {
            Icon lock = new Icon(VaadinIcon.LOCK);
            lock.setSize("var(--lumo-icon-size-s)");
            lock.setTooltipText(getTranslation("customer.directory.locked"));
            lock.getElement().setAttribute("aria-label", getTranslation("customer.directory.locked"));
            cell.add(lock);
        }
        cell.add(new Span(row.name()));
        return cell;
    }

    private Span statusBadge(CustomerRow row) {
        Span badge = new Span(getTranslation("customer.status." + row.status().name()));
        badge.getElement().getThemeList().add(switch (row.status()) {
            case ACTIVE -> "badge success";
            case TERMINATED, DEREGISTERED, SURVEY_STOPPED -> "badge contrast";
            default -> "badge";
        });
        return badge;
    }

    private void filterChanged() {
        applied = filters.value();
        VaadinSession.getCurrent().setAttribute(LAST_FILTER, applied);
        refresh();
    }

    /** Shows a saved filter. */
    void apply(CustomerFilter filter) {
        filters.setValue(filter);
        filterChanged();
    }

    /**
     * Counts the filter's rows and reloads the grid. A broad search's count stops at the cap ("3,000+"): the grid then
     * grows as the reader scrolls instead of stopping at the cap.
     */
    void refresh() {
        DirectoryCount count = directory.count(applied);
        String rows = Formats.number(count.rows(), getLocale());
        total.setText(getTranslation(count.atLeast() ? "customer.directory.totalAtLeast" : "customer.directory.total",
                rows));
        if (count.atLeast()) {
            grid.setItemsPageable(pageable -> directory.find(applied, pageable));
            grid.getLazyDataView().setItemCountEstimate((int) count.rows());
        } else {
            grid.setItemsPageable(pageable -> directory.find(applied, pageable),
                    pageable -> directory.count(applied).rows());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // on a phone the directory shows name and status only
        event.getUI().getPage().addBrowserWindowResizeListener(resize -> phoneLayout(resize.getWidth()));
        event.getUI().getPage().retrieveExtendedClientDetails(details -> phoneLayout(details.getWindowInnerWidth()));
    }

    private void phoneLayout(int width) {
        boolean phone = width > 0 && width < PHONE_WIDTH;
        grid.getColumns().forEach(column -> column.setVisible(!phone || PHONE_COLUMNS.contains(column.getKey())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.directory.title");
    }
}
