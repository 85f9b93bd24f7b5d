package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.ContactDraft;
import com.keyaccount.portal.customer.ContactService;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The 联系人 tab: add with localized validation, refusals on their field, the primary badge, delete, read-only mode. */
@WithUserDetails("zhangwei")
class ContactsTabTest extends ViewTestBase {

    @Autowired
    ContactService contacts;
    @Autowired
    CustomerService customers;

    private long customerId;

    private ContactsTab mount() {
        customerId = customers.create(CustomerFixtures.draft("厦门鼓浪屿联系人视图有限公司" + System.nanoTime()));
        ContactsTab tab = new ContactsTab(contacts, customerId, customers.permissionsOn(customerId));
        UI.getCurrent().add(tab);
        return tab;
    }

    @Test
    void anEmptyNameShowsTheRequiredMessageAndKeepsTheDialogOpen() {
        ContactsTab tab = mount();
        test(tab.add).click();
        ContactDialog dialog = find(ContactDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("请填写联系人姓名");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aWrongEmailIsShownOnItsFieldAndEverythingTypedStays() {
        ContactsTab tab = mount();
        test(tab.add).click();
        ContactDialog dialog = find(ContactDialog.class).single();
        dialog.name.setValue("王芳");
        dialog.mobile.setValue("13905951234");
        dialog.email.setValue("wangfang.example.cn");
        test(dialog.save).click();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("电子邮件格式不正确");
        assertThat(dialog.name.getValue()).isEqualTo("王芳");
        assertThat(dialog.mobile.getValue()).isEqualTo("13905951234");
        assertThat(test(tab.grid).size()).isZero();
    }

    @Test
    void aSavedContactIsListedAsPrimaryAndCanBeDeleted() {
        ContactsTab tab = mount();
        test(tab.add).click();
        ContactDialog dialog = find(ContactDialog.class).single();
        dialog.name.setValue("王芳");
        dialog.title.setValue("采购经理");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        assertThat(test(tab.grid).getRow(0).primary()).isTrue();
        assertThat(test(tab.grid).getCellText(0, 1)).isEqualTo("采购经理");
        assertThat(test(tab.grid).getHeaderCell(0)).isEqualTo("姓名");

        tab.confirmDelete(test(tab.grid).getRow(0));
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("王芳");
        test(confirm).confirm();
        assertThat(test(tab.grid).size()).isZero();
    }

    @Test
    void aReaderWhoMayNotEditSeesNoAddButtonAndNoActions() {
        long id = customers.create(CustomerFixtures.draft("厦门集美只读视图有限公司" + System.nanoTime()));
        ContactDraft draft = new ContactDraft();
        draft.setName("李强");
        contacts.add(id, draft);
        ContactsTab tab = new ContactsTab(contacts, id, new CustomerPermissions(true, false, false));
        UI.getCurrent().add(tab);
        assertThat(tab.add.isVisible()).isFalse();
        assertThat(tab.grid.getColumns()).hasSize(6);
        assertThat(test(tab.grid).size()).isEqualTo(1);
    }
}
