package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.FollowUpDraft;
import com.keyaccount.portal.customer.FollowUpKind;
import com.keyaccount.portal.customer.FollowUpService;
import com.keyaccount.portal.customer.OverdueCustomer;
import com.keyaccount.portal.base.ui.MenuGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Menu;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 跟进提醒: my archives without a follow-up in the period, never-followed first, each linking to its archive. */
@WithUserDetails("zhangwei")
class FollowUpReminderViewTest extends ViewTestBase {

    @Autowired
    CustomerService customers;
    @Autowired
    FollowUpService followUps;

    @Test
    void archivesWithoutARecentFollowUpAreListedWithALinkToTheArchive() {
        long never = customers.create(CustomerFixtures.draft("宁德三都澳提醒视图有限公司" + System.nanoTime()));
        long recent = customers.create(CustomerFixtures.draft("宁德霞浦提醒视图有限公司" + System.nanoTime()));
        FollowUpDraft call = new FollowUpDraft();
        call.setKind(FollowUpKind.CALL);
        call.setOccurredOn(followUps.today().minusDays(5));
        call.setSummary("电话确认付款");
        followUps.record(recent, call);

        FollowUpReminderView view = navigate(FollowUpReminderView.class);
        assertThat(view.days.getValue()).isEqualTo(30);
        List<Long> listed = rows(view);
        assertThat(listed).contains(never).doesNotContain(recent);
        assertThat(view.total.getText()).isEqualTo("共 " + test(view.grid).size() + " 个客户");
        int row = listed.indexOf(never);
        Anchor link = (Anchor) test(view.grid).getCellComponent(row, 0);
        assertThat(link.getHref()).isEqualTo("customers/" + never);
        assertThat(test(view.grid).getCellText(row, 4)).isEqualTo("从未跟进");

        view.days.setValue(3);
        assertThat(rows(view)).contains(never, recent);
    }

    @Test
    void theMenuEntryStandsInTheCustomerGroupWithItsTitle() {
        FollowUpReminderView view = navigate(FollowUpReminderView.class);
        Menu menu = FollowUpReminderView.class.getAnnotation(Menu.class);
        assertThat(MenuGroup.of(menu.order())).contains(MenuGroup.CUSTOMER);
        assertThat(view.getPageTitle()).isEqualTo("跟进提醒");
    }

    private List<Long> rows(FollowUpReminderView view) {
        int size = test(view.grid).size();
        return IntStream.range(0, size).mapToObj(i -> test(view.grid).getRow(i))
                .map(OverdueCustomer::id).toList();
    }
}
