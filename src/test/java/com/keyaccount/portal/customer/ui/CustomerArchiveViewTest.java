package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.Customer;
import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.Grade;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The archive page shows an archive to those the level lets in, with what they may do, and nothing to others. */
class CustomerArchiveViewTest extends ViewTestBase {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository repository;
    @Autowired
    DemoUsers demo;

    private long createAsZhangwei(String name) {
        CustomerDraft draft = CustomerFixtures.draft(name);
        draft.setPhone("0591-87654321");
        draft.setAnnualSales(new BigDecimal("1234567.5"));
        return demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
    }

    private CustomerArchiveView open(long id) {
        return navigate("customers/" + id, CustomerArchiveView.class);
    }

    @Test
    @WithUserDetails("zhangwei")
    void theOwnerSeesHeaderTabsAndTheEditButton() {
        String name = "<b>福州马尾船舶</b>有限公司" + System.nanoTime();
        long id = createAsZhangwei(name);
        CustomerArchiveView view = open(id);

        assertThat(view.refusal.isVisible()).isFalse();
        assertThat(view.header.name.getText()).isEqualTo(name);
        // markup in a name is text, not elements
        assertThat(view.header.name.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(view.header.code.getText()).isEqualTo("未分配");
        assertThat(view.header.status.getText()).isEqualTo("潜在客户");
        assertThat(view.header.confidentiality.getText()).isEqualTo("个人级");
        assertThat(view.header.staff.getText()).isEqualTo("张伟 · 大客户一组");
        assertThat(view.header.understaffed.isVisible()).isFalse();
        assertThat(view.tabs.getTabCount()).isEqualTo(8);
        assertThat(view.tabs.getTabAt(0).getLabel()).isEqualTo("基本资料");
        assertThat(view.tabs.getTabAt(1).getLabel()).isEqualTo("联系人");
        assertThat(view.tabs.getTabAt(3).getLabel()).isEqualTo("法人客户信息资料表");
        assertThat(view.tabs.getTabAt(7).getLabel()).isEqualTo("变更历史");
        assertThat(view.lifecycle.status.getText()).isNotBlank();
        assertThat(view.details.edit.isVisible()).isTrue();
        assertThat(view.details.valueOf("customer.field.phone")).isEqualTo("0591-87654321");
        assertThat(view.details.valueOf("customer.field.annualSales")).isEqualTo("¥1,234,567.50");
        assertThat(view.details.valueOf("customer.field.website")).isEqualTo("—");
        assertThat(view.getPageTitle()).isEqualTo(name);

        // the selected tab's content is attached before the response; the others when they are chosen
        roundTrip();
        assertThat(view.details.isAttached()).isTrue();
        assertThat(find(CustomerHistoryTab.class).all()).isEmpty();
        view.tabs.setSelectedIndex(7);
        roundTrip();
        assertThat(find(CustomerHistoryTab.class).single().entries).singleElement()
                .satisfies(entry -> assertThat(entry.created()).isTrue());

        view.tabs.setSelectedIndex(0);
        roundTrip();
        test(view.details.edit).click();
        assertThat(getCurrentView()).isInstanceOf(EditCustomerView.class);
    }

    @Test
    @WithUserDetails("sunli")
    void aStrangerSeesTheRefusalAndALinkBackButNoData() {
        String name = "漳州古雷石化有限公司" + System.nanoTime();
        long id = createAsZhangwei(name);
        CustomerArchiveView view = open(id);

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getElement().getTextRecursively()).contains("您无权查阅该客户档案");
        assertThat(view.header).isNull();
        assertThat(view.details).isNull();
        assertThat(view.tabs.getParent()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).doesNotContain(name).doesNotContain("0591-87654321");
        assertThat(find(Anchor.class).from(view.refusal).single().getHref()).isEqualTo("customers");
        assertThat(view.getPageTitle()).isEqualTo("客户档案");
    }

    @Test
    @WithUserDetails("liuyang")
    void anImportantArchiveWithOneResponsiblePersonIsFlagged() {
        long id = createAsZhangwei("宁德三都澳水产有限公司" + System.nanoTime());
        Customer customer = repository.findById(id).orElseThrow();
        customer.setGrade(Grade.A1);
        repository.save(customer);

        CustomerArchiveView view = open(id);
        assertThat(view.header.understaffed.isVisible()).isTrue();
        assertThat(view.header.understaffed.getElement().getTextRecursively())
                .contains("重要客户须有两名以上负责人员").contains("只有 1 名");
        assertThat(view.header.grades.getText()).isEqualTo("A一级");
    }

    @Test
    @WithUserDetails("zhangwei")
    void anUnknownArchiveIsReportedAsNotFound() {
        CustomerArchiveView view = open(987_654_321L);
        assertThat(view.refusal.getElement().getTextRecursively()).contains("该客户档案不存在");
    }
}
