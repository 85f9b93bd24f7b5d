package com.keyaccount.portal.org.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 部门管理: the organisation tree with heads and head counts; create, edit and delete departments. */
@Route("admin/departments")
@RolesAllowed(Permissions.Org.MANAGE)
@Menu(order = 900, icon = "vaadin:sitemap", title = "menu.departments")
public class DepartmentsView extends Main implements HasDynamicTitle {

    final TreeGrid<DepartmentSummary> tree = new TreeGrid<>();
    final TextField search = new TextField();
    final Button create = new Button();

    private final DepartmentService departments;
    private final EmployeeService employees;

    DepartmentsView(DepartmentService departments, EmployeeService employees) {
        this.departments = departments;
        this.employees = employees;
        addClassNames("view-content", "full-height");

        search.setPlaceholder(getTranslation("department.search"));
        search.setWidth("20em");
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        create.setText(getTranslation("department.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openDialog(null));

        tree.addHierarchyColumn(DepartmentSummary::name).setHeader(getTranslation("department.name"))
                .setFlexGrow(3).setSortable(true);
        tree.addColumn(DepartmentSummary::code).setHeader(getTranslation("department.code")).setSortable(true);
        tree.addColumn(d -> getTranslation("departmentKind." + d.kind().name()))
                .setHeader(getTranslation("department.kind"));
        tree.addColumn(d -> d.headName() == null ? "—" : d.headName()).setHeader(getTranslation("department.head"));
        tree.addColumn(DepartmentSummary::memberCount).setHeader(getTranslation("department.members"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        tree.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        tree.setEmptyStateText(getTranslation("department.empty"));
        tree.addItemDoubleClickListener(event -> openDialog(event.getItem()));
        tree.setSizeFull();

        add(new ViewToolbar().withFilters(search).withActions(create), tree);
        refresh();
    }

    private HorizontalLayout actions(DepartmentSummary department) {
        Button edit = new Button(new Icon(VaadinIcon.EDIT), click -> openDialog(department));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setTooltipText(getTranslation("common.edit"));
        edit.setAriaLabel(getTranslation("common.edit"));
        Button delete = new Button(new Icon(VaadinIcon.TRASH), click -> confirmDelete(department));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setTooltipText(getTranslation("common.delete"));
        delete.setAriaLabel(getTranslation("common.delete"));
        return new HorizontalLayout(edit, delete);
    }

    void refresh() {
        List<DepartmentSummary> all = departments.findAll();
        String text = search.getValue().trim().toLowerCase(Locale.ROOT);
        Map<Long, DepartmentSummary> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.id(), d));
        TreeData<DepartmentSummary> data = new TreeData<>();
        for (DepartmentSummary department : all) {
            if (text.isEmpty() || matches(department, text)) {
                addWithAncestors(data, department, byId);
            }
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 3);
    }

    private static boolean matches(DepartmentSummary department, String text) {
        return department.name().toLowerCase(Locale.ROOT).contains(text)
                || department.code().toLowerCase(Locale.ROOT).contains(text)
                || (department.headName() != null && department.headName().contains(text));
    }

    private static void addWithAncestors(TreeData<DepartmentSummary> data, DepartmentSummary department,
            Map<Long, DepartmentSummary> byId) {
        if (data.contains(department)) {
            return;
        }
        DepartmentSummary parent = department.parentId() == null ? null : byId.get(department.parentId());
        if (parent != null) {
            addWithAncestors(data, parent, byId);
        }
        data.addItem(parent, department);
    }

    private void openDialog(DepartmentSummary department) {
        new DepartmentDialog(departments, employees.findActiveOptions(), departments.findAll(), department,
                this::refresh).open();
    }

    void confirmDelete(DepartmentSummary department) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("department.deleteTitle", department.name()));
        confirm.setText(getTranslation("department.deleteText", department.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("common.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                departments.delete(department.id(), department.version());
                UiErrors.showSuccess(getTranslation("department.deleted", department.name()));
            } catch (RuntimeException e) {
                UiErrors.showNotification(e);
            }
            refresh();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.departments");
    }
}
