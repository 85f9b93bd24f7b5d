package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.Confidentiality;
import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerHistoryService;
import com.keyaccount.portal.customer.CustomerService;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The history tab shows who changed which field from what to what, newest first, in the reader's language. */
class CustomerHistoryTabTest extends ViewTestBase {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerHistoryService history;
    @Autowired
    ZoneId zone;
    @Autowired
    DemoUsers demo;

    private long createAndEdit() {
        CustomerDraft draft = CustomerFixtures.draft("龙岩永定土楼茶业有限公司" + System.nanoTime());
        draft.setPhone("0597-5551111");
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
        CustomerDraft edit = demo.as(DemoUsers.EMPLOYEE, () -> customers.loadDraft(id));
        edit.setPhone("0597-5552222");
        edit.setConfidentiality(Confidentiality.COMPANY);
        edit.setFoundedOn(LocalDate.of(2001, 3, 8));
        demo.run(DemoUsers.EMPLOYEE, () -> customers.update(id, edit));
        return id;
    }

    @Test
    @WithUserDetails("zhangwei")
    void theTimelineShowsTheNewestChangeFirstWithTranslatedValues() {
        long id = createAndEdit();
        CustomerHistoryTab tab = new CustomerHistoryTab(history, id, zone);
        UI.getCurrent().add(tab);

        assertThat(tab.entries).hasSize(2);
        String text = tab.timeline.getElement().getTextRecursively();
        assertThat(text).contains("张伟 修改档案", "电话：0597-5551111 → 0597-5552222", "密级：个人级 → 公司级",
                "创业时间：（空） → 2001年3月8日", "张伟 建立档案");
        assertThat(text.indexOf("修改档案")).isLessThan(text.indexOf("建立档案"));
    }

    @Test
    @WithUserDetails("zhaomin")
    void aReaderTheLevelKeepsOutSeesTheRefusalInsteadOfTheHistory() {
        long id = createAndEdit();
        CustomerHistoryTab tab = new CustomerHistoryTab(history, id, zone);
        UI.getCurrent().add(tab);

        assertThat(tab.entries).isEmpty();
        assertThat(tab.timeline.getElement().getTextRecursively()).contains("您无权查阅该客户档案")
                .doesNotContain("0597");
    }
}
