package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.RegionService;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 新建潜在客户: an archive for a newly contacted customer (000 信息办法 第四条: 凡新开发或接触的客户均须建立户头;
 * 000 开发细则 第五条 潜在客户), owned by the person who creates it unless they hand it to someone they supervise.
 * Saving opens the new archive.
 */
@Route("customers/new")
@RolesAllowed(Permissions.Customer.EDIT)
public class NewCustomerView extends Main implements HasDynamicTitle {

    final CustomerForm form;

    NewCustomerView(CustomerService customers, RegionService regions, EmployeeService employees,
            CurrentUser currentUser, Clock clock, ZoneId businessZone) {
        addClassNames("view-content", "customer-new");
        CustomerDraft draft = new CustomerDraft();
        draft.setOwnerId(currentUser.require().employeeId());
        LocalDate today = LocalDate.now(clock.withZone(businessZone));
        form = new CustomerForm(customers, CustomerChoices.load(regions, employees, draft, today), draft, null, true,
                id -> UI.getCurrent().navigate(CustomerArchiveView.class, CustomerArchiveView.of(id)),
                () -> UI.getCurrent().navigate(CustomerArchiveView.DIRECTORY_ROUTE));
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.new.title");
    }
}
