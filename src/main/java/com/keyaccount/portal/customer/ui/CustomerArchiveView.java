package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerArchive;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * One customer archive (客户档案, 000 信息办法 第四条; 004 第二章): a header with name, code, lifecycle status,
 * confidentiality level, grade and staff, then one tab per part of the archive. The archive is opened through
 * {@link CustomerService#open}, which applies the confidentiality matrix (004 第三章 一) and audits the opening; a
 * refused opening shows why and a way back to the directory, never any of the archive's data.
 *
 * <p>Other parts of the archive (contacts, follow-ups, sales, grades, contracts, lifecycle, sheets) are mounted as
 * tabs with {@link #addTab(String, Component)} in {@link #mountTabs(CustomerArchive)}.
 */
@Route("customers/:" + CustomerArchiveView.ID + "(" + CustomerArchiveView.ID_PATTERN + ")")
@RolesAllowed(Permissions.Customer.READ)
public class CustomerArchiveView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter holding the archive's id. */
    public static final String ID = "id";
    static final String ID_PATTERN = "[0-9]{1,18}";
    /** The directory's route (客户一览表), where a refused or missing archive leads back to. */
    static final String DIRECTORY_ROUTE = "customers";

    final Div refusal = new Div();
    final TabSheet tabs = new TabSheet();
    CustomerArchiveHeader header;
    CustomerDetails details;

    LifecyclePanel lifecycle;

    private final CustomerService customers;
    private final ArchiveParts parts;
    private CustomerArchive archive;

    CustomerArchiveView(CustomerService customers, ArchiveParts parts) {
        this.customers = customers;
        this.parts = parts;
        addClassNames("view-content", "customer-archive");
        refusal.addClassNames("card", "customer-archive-closed");
        refusal.setVisible(false);
        tabs.setWidthFull();
    }

    /** The parameters of the route to an archive, for links: {@code new RouterLink(name, CustomerArchiveView.class, of(id))}. */
    public static RouteParameters of(long customerId) {
        return new RouteParameters(ID, Long.toString(customerId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ID);
        if (id.isEmpty()) {
            event.rerouteToError(IllegalArgumentException.class);
            return;
        }
        try {
            show(customers.open(id.get()));
        } catch (RuntimeException e) {
            refuse(UiErrors.message(e));
        }
    }

    private void show(CustomerArchive opened) {
        archive = opened;
        removeAll();
        refusal.setVisible(false);
        header = new CustomerArchiveHeader(opened);
        details = new CustomerDetails(opened);
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        lifecycle = parts.lifecyclePanel(opened);
        lifecycle.onChange(() -> show(customers.open(opened.id())));
        add(header, lifecycle, tabs);
        mountTabs(opened);
        tabs.setSelectedIndex(0);
    }

    /** The archive's tabs, in the order the page shows them; each part of the archive adds its own line here. */
    private void mountTabs(CustomerArchive opened) {
        addTab("customer.tab.details", details);
        parts.mount(this, opened);
    }

    /**
     * Adds a tab after the existing ones, titled by the message {@code titleKey}; its content is attached only
     * when the tab is first selected, so a tab may load its data in {@code onAttach}.
     *
     * @return the new tab
     */
    public Tab addTab(String titleKey, Component content) {
        Tab tab = tabs.add(getTranslation(titleKey), content);
        tab.setId("customer-tab-" + titleKey.substring(titleKey.lastIndexOf('.') + 1));
        return tab;
    }

    private void refuse(String message) {
        archive = null;
        removeAll();
        header = null;
        details = null;
        refusal.removeAll();
        refusal.add(new H2(getTranslation("customer.archive.title")), new Paragraph(message),
                new Anchor(DIRECTORY_ROUTE, getTranslation("customer.archive.back")));
        refusal.setVisible(true);
        add(refusal);
    }

    /** The archive shown, or empty when it was refused. */
    Optional<CustomerArchive> archive() {
        return Optional.ofNullable(archive);
    }

    @Override
    public String getPageTitle() {
        return archive == null ? getTranslation("customer.archive.title") : archive.name();
    }
}
