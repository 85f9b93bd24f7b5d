package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerFilter;
import com.keyaccount.portal.customer.SavedFilterService;
import com.keyaccount.portal.customer.SavedFilterSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The person's saved filters of the 客户一览表: save the current one under a name, apply one, delete one. */
class SavedFilterMenu extends Composite<MenuBar> {

    final MenuItem root;
    private final SavedFilterService filters;
    private final Supplier<CustomerFilter> current;
    private final Consumer<CustomerFilter> apply;
    List<SavedFilterSummary> saved = List.of();

    SavedFilterMenu(SavedFilterService filters, Supplier<CustomerFilter> current, Consumer<CustomerFilter> apply) {
        this.filters = filters;
        this.current = current;
        this.apply = apply;
        getContent().addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        root = getContent().addItem(new Icon(VaadinIcon.FILTER));
        root.add(getTranslation("customer.savedFilter.menu"));
        refresh();
    }

    void refresh() {
        saved = filters.findMine();
        SubMenu menu = root.getSubMenu();
        menu.removeAll();
        menu.addItem(getTranslation("customer.savedFilter.saveAs"), click -> openSaveDialog());
        if (saved.isEmpty()) {
            menu.addItem(getTranslation("customer.savedFilter.none")).setEnabled(false);
            return;
        }
        saved.forEach(filter -> menu.addItem(filter.name(), click -> apply.accept(filter.filter())));
        SubMenu delete = menu.addItem(getTranslation("common.delete")).getSubMenu();
        saved.forEach(filter -> delete.addItem(filter.name(), click -> delete(filter)));
    }

    void save(String name) {
        filters.save(name, current.get());
        UiErrors.showSuccess(getTranslation("customer.savedFilter.saved", name.strip()));
        refresh();
    }

    private void delete(SavedFilterSummary filter) {
        try {
            filters.delete(filter.id());
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        refresh();
    }

    private void openSaveDialog() {
        Dialog dialog = new Dialog(getTranslation("customer.savedFilter.saveAs"));
        TextField name = new TextField(getTranslation("customer.savedFilter.name"));
        name.setWidthFull();
        name.setMaxLength(60);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                save(name.getValue());
                dialog.close();
            } catch (RuntimeException e) {
                name.setInvalid(true);
                name.setErrorMessage(UiErrors.message(e));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }
}
