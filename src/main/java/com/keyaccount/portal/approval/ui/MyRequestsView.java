package com.keyaccount.portal.approval.ui;

import com.keyaccount.portal.approval.ApprovalRequestSummary;
import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.ApprovalStatus;
import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/** 我的申请 / My requests: the signed-in person's requests and where each stands; a click opens it. */
@Route("approvals")
@RolesAllowed(Permissions.Approval.USE)
@Menu(order = 20, icon = "vaadin:paperplane", title = "menu.myRequests")
public class MyRequestsView extends Main implements HasDynamicTitle {

    final Select<ApprovalStatus> status = new Select<>();
    final Grid<ApprovalRequestSummary> grid = new Grid<>();

    MyRequestsView(ApprovalService approvals, ZoneId zone) {
        addClassNames("view-content", "full-height", "my-requests");
        status.setLabel(getTranslation("approval.status"));
        status.setItems(ApprovalStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("approval.status.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("approval.status.all")
                : getTranslation("approval.status." + value.name()));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.setWidth("14em");

        grid.addColumn(row -> getTranslation(row.typeNameKey())).setHeader(getTranslation("approval.type"))
                .setAutoWidth(true);
        grid.addColumn(ApprovalRequestSummary::objectLabel).setHeader(getTranslation("approval.object"))
                .setSortProperty("objectLabel").setFlexGrow(1);
        grid.addColumn(row -> getTranslation("approval.status." + row.status().name()))
                .setHeader(getTranslation("approval.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(row -> row.currentApproverName() == null ? "" : row.currentApproverName())
                .setHeader(getTranslation("approval.currentApprover")).setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.submittedAt(), zone, getLocale()))
                .setHeader(getTranslation("approval.submittedAt")).setSortProperty("submittedAt").setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.updatedAt(), zone, getLocale()))
                .setHeader(getTranslation("approval.updatedAt")).setSortProperty("updatedAt").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("approval.myRequestsEmpty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(pageable -> approvals.findMine(status.getValue(), pageable),
                query -> approvals.countMine(status.getValue()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("approvals/" + click.getItem().id())));
        add(status, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myRequests");
    }
}
