package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.RegionService;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Edits an archive (定期更新, 000 信息办法 第四条) for those who may change it: its staff while the trade runs, their
 * superiors also after it ended; only a superior changes the owner. The form was loaded with the archive's version,
 * so a save over someone else's newer change is refused and the typed values stay. Saving returns to the archive.
 */
@Route("customers/:" + CustomerArchiveView.ID + "(" + CustomerArchiveView.ID_PATTERN + ")/edit")
@RolesAllowed(Permissions.Customer.EDIT)
public class EditCustomerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div refusal = new Div();
    CustomerForm form;

    private final CustomerService customers;
    private final RegionService regions;
    private final EmployeeService employees;
    private final Clock clock;
    private final ZoneId zone;

    EditCustomerView(CustomerService customers, RegionService regions, EmployeeService employees, Clock clock,
            ZoneId businessZone) {
        this.customers = customers;
        this.regions = regions;
        this.employees = employees;
        this.clock = clock;
        this.zone = businessZone;
        addClassNames("view-content", "customer-edit");
        refusal.addClassName("card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(CustomerArchiveView.ID);
        if (id.isEmpty()) {
            event.rerouteToError(IllegalArgumentException.class);
            return;
        }
        removeAll();
        form = null;
        try {
            long customerId = id.get();
            CustomerDraft draft = customers.loadDraft(customerId);
            boolean supervise = customers.permissionsOn(customerId).supervise();
            LocalDate today = LocalDate.now(clock.withZone(zone));
            form = new CustomerForm(customers, CustomerChoices.load(regions, employees, draft, today), draft,
                    customerId, supervise, saved -> toArchive(saved), () -> toArchive(customerId));
            add(form);
        } catch (RuntimeException e) {
            refusal.removeAll();
            refusal.add(new Paragraph(UiErrors.message(e)),
                    new Anchor(CustomerArchiveView.DIRECTORY_ROUTE, getTranslation("customer.archive.back")));
            add(refusal);
        }
    }

    private static void toArchive(long customerId) {
        UI.getCurrent().navigate(CustomerArchiveView.class, CustomerArchiveView.of(customerId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.edit.title");
    }
}
