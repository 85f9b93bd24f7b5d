package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.CustomerFilter;
import com.keyaccount.portal.customer.CustomerStatus;
import com.keyaccount.portal.customer.Grade;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class CustomerDirectoryViewTest extends ViewTestBase {

    @Test
    @WithUserDetails("liuyang")
    void theFiltersBuildTheFilterAndTheSessionRemembersIt() {
        CustomerDirectoryView view = navigate(CustomerDirectoryView.class);
        assertThat(view.getPageTitle()).isEqualTo("客户一览表");
        view.filters.grades.setValue(Set.of(Grade.A1));
        view.filters.statuses.setValue(Set.of(CustomerStatus.TERMINATED));
        view.filters.mineOnly.setValue(true);
        CustomerFilter expected = new CustomerFilter(null, Set.of(Grade.A1), null, Set.of(),
                Set.of(CustomerStatus.TERMINATED), null, null, null, null, true);
        assertThat(VaadinSession.getCurrent().getAttribute(CustomerDirectoryView.LAST_FILTER)).isEqualTo(expected);

        CustomerDirectoryView again = navigate(CustomerDirectoryView.class);
        assertThat(again.filters.value()).isEqualTo(expected);
        assertThat(again.filters.mineOnly.getValue()).isTrue();
    }

    @Test
    @WithUserDetails("liuyang")
    void aSearchWithoutMatchesShowsTheEmptyState() {
        CustomerDirectoryView view = navigate(CustomerDirectoryView.class);
        view.filters.search.setValue("不存在的客户名称" + System.nanoTime());
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("没有符合条件的客户。请修改搜索或筛选条件。");
        assertThat(view.total.getText()).isEqualTo("共 0 个客户");
    }

    @Test
    @WithUserDetails("zhangwei")
    void anEmployeeSeesNoExportOrImport() {
        CustomerDirectoryView view = navigate(CustomerDirectoryView.class);
        assertThat(view.excel.export.isVisible()).isFalse();
        assertThat(view.excel.importButton.isVisible()).isFalse();
        assertThat(view.create.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("liuyang")
    void aManagerExportsAndImports() {
        CustomerDirectoryView view = navigate(CustomerDirectoryView.class);
        assertThat(view.excel.export.isVisible()).isTrue();
        assertThat(view.excel.importButton.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("wangjianguo")
    void theGeneralManagerExportsButDoesNotImport() {
        CustomerDirectoryView view = navigate(CustomerDirectoryView.class);
        assertThat(view.excel.export.isVisible()).isTrue();
        assertThat(view.excel.importButton.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("liuyang")
    void aSavedFilterIsAppliedFromTheMenu() {
        CustomerDirectoryView view = navigate(CustomerDirectoryView.class);
        view.filters.search.setValue("chongqing");
        String name = "重庆 " + System.nanoTime() % 100000;
        view.savedFilters.save(name);
        view.filters.search.setValue("");
        view.savedFilters.saved.stream().filter(f -> f.name().equals(name)).findFirst()
                .ifPresent(f -> view.apply(f.filter()));
        assertThat(view.filters.search.getValue()).isEqualTo("chongqing");
    }
}
