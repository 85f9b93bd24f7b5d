package com.keyaccount.portal.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.org.EmployeeSummary;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("admin")
class EmployeesViewTest extends ViewTestBase {

    /** At 1366×768 the columns right of the name scroll under the frozen actions column: status must not be one. */
    @Test
    void theStatusColumnSitsBesideTheNameWhereTheFrozenActionsCannotCoverIt() {
        EmployeesView view = navigate(EmployeesView.class);
        List<Grid.Column<EmployeeSummary>> columns = view.grid.getColumns();
        Grid.Column<EmployeeSummary> status = view.grid.getColumnByKey("status");
        assertThat(status.getHeaderText()).isEqualTo("状态");
        assertThat(status.isVisible()).isTrue();
        assertThat(columns.indexOf(status)).as("third column, after number and name").isEqualTo(2);
        assertThat(status.isFrozenToEnd()).isFalse();
        assertThat(columns.stream().filter(Grid.Column::isFrozenToEnd)).containsExactly(view.grid.getColumnByKey("actions"));
    }
}
