package com.keyaccount.portal.org.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeFilter;
import com.keyaccount.portal.org.EmployeeOption;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.EmployeeSummary;
import com.keyaccount.portal.org.EmploymentStatus;
import com.keyaccount.portal.security.AccountInfo;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** 员工管理: search, sort and filter people; create and edit them, reset passwords, unlock, record leavers. */
@Route("admin/employees")
@RolesAllowed(Permissions.Users.MANAGE)
@Menu(order = 910, icon = "vaadin:users", title = "menu.employees")
public class EmployeesView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<DepartmentSummary> department = new ComboBox<>();
    final Select<EmploymentStatus> status = new Select<>();
    final Button create = new Button();
    final Grid<EmployeeSummary> grid = new Grid<>();

    private final EmployeeService employees;
    private final DepartmentService departments;
    private final ZoneId zone;
    private final Map<Long, AccountInfo> accounts = new HashMap<>();

    EmployeesView(EmployeeService employees, DepartmentService departments, ZoneId businessZone) {
        this.employees = employees;
        this.departments = departments;
        this.zone = businessZone;
        addClassNames("view-content", "full-height");

        search.setPlaceholder(getTranslation("employee.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18em");
        department.setPlaceholder(getTranslation("employee.allDepartments"));
        department.setItems(departments.findAll());
        department.setItemLabelGenerator(DepartmentSummary::name);
        department.setClearButtonVisible(true);
        status.setItems(EmploymentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("employee.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("employee.allStatuses")
                : getTranslation("status." + s.name()));
        status.setValue(EmploymentStatus.ACTIVE);
        search.addValueChangeListener(event -> refresh());
        department.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        create.setText(getTranslation("employee.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openEditor(null));

        configureGrid();
        add(new ViewToolbar().withFilters(search, department, status).withActions(create), grid);
    }

    private void configureGrid() {
        grid.addColumn(EmployeeSummary::employeeNo).setHeader(getTranslation("employee.employeeNo"))
                .setSortProperty("employeeNo").setAutoWidth(true).setFrozen(true);
        grid.addColumn(EmployeeSummary::displayName).setHeader(getTranslation("employee.displayName"))
                .setSortProperty("displayName").setAutoWidth(true);
        // status right after the name: at 1366×768 the columns on the right scroll under the frozen actions
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("employee.status"))
                .setSortProperty("status").setWidth("7em").setFlexGrow(0).setKey("status");
        grid.addColumn(e -> account(e, AccountInfo::username)).setHeader(getTranslation("employee.username"))
                .setAutoWidth(true);
        grid.addColumn(EmployeeSummary::departmentName).setHeader(getTranslation("employee.department"))
                .setSortProperty("department.name").setAutoWidth(true);
        grid.addColumn(EmployeeSummary::positionTitle).setHeader(getTranslation("employee.position"))
                .setAutoWidth(true);
        grid.addColumn(EmployeeSummary::managerName).setHeader(getTranslation("employee.manager")).setAutoWidth(true);
        grid.addColumn(e -> Formats.date(e.hireDate(), getLocale())).setHeader(getTranslation("employee.hireDate"))
                .setSortProperty("hireDate").setAutoWidth(true);
        grid.addColumn(e -> account(e, a -> a.roles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(getTranslation(PortalI18NProvider.LIST_SEPARATOR))))).setHeader(getTranslation("employee.roles")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true).setKey("actions");
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("employee.empty"));
        grid.addItemDoubleClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();
        grid.setItemsPageable(pageable -> {
            Pageable sorted = pageable.getSort().isSorted() ? pageable
                    : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                            Sort.by("employeeNo"));
            List<EmployeeSummary> page = employees.find(filter(), sorted);
            accounts.putAll(employees.findAccounts(page.stream().map(EmployeeSummary::id).toList()));
            return page;
        }, pageable -> employees.count(filter()));
    }

    private String account(EmployeeSummary employee, Function<AccountInfo, String> value) {
        AccountInfo account = accounts.get(employee.id());
        return account == null ? "" : value.apply(account);
    }

    private Span statusBadge(EmployeeSummary employee) {
        AccountInfo account = accounts.get(employee.id());
        boolean locked = account != null && account.locked();
        String key = !employee.active() ? "status.LEFT" : locked ? "status.LOCKED" : "status.ACTIVE";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(!employee.active() ? "badge contrast" : locked ? "badge error" : "badge success");
        return badge;
    }

    private HorizontalLayout actions(EmployeeSummary employee) {
        HorizontalLayout actions = new HorizontalLayout(
                iconButton(VaadinIcon.EDIT, "common.edit", () -> openEditor(employee)));
        if (employee.active()) {
            actions.add(iconButton(VaadinIcon.KEY, "employee.resetPassword",
                    () -> new ResetPasswordDialog(employees, employee, this::refresh).open()));
            AccountInfo account = accounts.get(employee.id());
            if (account != null && account.locked()) {
                actions.add(iconButton(VaadinIcon.UNLOCK, "employee.unlock", () -> unlock(employee)));
            }
            actions.add(iconButton(VaadinIcon.SIGN_OUT_ALT, "employee.markLeft",
                    () -> new LeaveDialog(employees, employee, LocalDate.now(zone), this::refresh).open()));
        }
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(new Icon(icon), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setTooltipText(getTranslation(labelKey));
        button.setAriaLabel(getTranslation(labelKey));
        return button;
    }

    private void unlock(EmployeeSummary employee) {
        try {
            employees.unlock(employee.id());
            UiErrors.showSuccess(getTranslation("employee.unlocked", employee.displayName()));
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        refresh();
    }

    EmployeeFilter filter() {
        return new EmployeeFilter(search.getValue(), department.getValue() == null ? null : department.getValue().id(),
                status.getValue());
    }

    void openEditor(EmployeeSummary employee) {
        EmployeeDraft draft = employee == null ? null : employees.loadDraft(employee.id());
        List<EmployeeOption> managers = new ArrayList<>(employees.findActiveOptions());
        // keep a recorded manager who has since left choosable, or saving would silently drop them
        if (draft != null && draft.getManagerId() != null
                && managers.stream().noneMatch(option -> option.id() == draft.getManagerId())) {
            employees.findOption(draft.getManagerId()).ifPresent(managers::add);
        }
        new EmployeeDialog(employees, departments.findAll(), managers, draft, this::refresh).open();
    }

    void refresh() {
        accounts.clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.employees");
    }
}
