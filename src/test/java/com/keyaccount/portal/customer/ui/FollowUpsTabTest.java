package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.ContactDraft;
import com.keyaccount.portal.customer.ContactService;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.FollowUpDraft;
import com.keyaccount.portal.customer.FollowUpKind;
import com.keyaccount.portal.customer.FollowUpService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The 跟进记录 tab and its phone-sized dialog: defaults, localized validation, saving, the late badge. */
@WithUserDetails("zhangwei")
class FollowUpsTabTest extends ViewTestBase {

    @Autowired
    FollowUpService followUps;
    @Autowired
    ContactService contacts;
    @Autowired
    CustomerService customers;

    private long customerId;

    private FollowUpsTab mount() {
        customerId = customers.create(CustomerFixtures.draft("福州三坊七巷跟进视图有限公司" + System.nanoTime()));
        ContactDraft primary = new ContactDraft();
        primary.setName("王芳");
        contacts.add(customerId, primary);
        FollowUpsTab tab = new FollowUpsTab(followUps, contacts, customerId, customers.permissionsOn(customerId));
        UI.getCurrent().add(tab);
        return tab;
    }

    private FollowUpDialog openDialog(FollowUpsTab tab) {
        test(tab.add).click();
        return find(FollowUpDialog.class).single();
    }

    @Test
    void aNewRecordIsAVisitOfTodayByMeWithThePrimaryContactInOneColumn() {
        FollowUpDialog dialog = openDialog(mount());
        assertThat(dialog.kind.getValue()).isEqualTo(FollowUpKind.VISIT);
        assertThat(dialog.occurredOn.getValue()).isEqualTo(followUps.today());
        assertThat(dialog.staff.getValue().name()).isEqualTo("张伟");
        assertThat(dialog.contact.getValue().name()).isEqualTo("王芳");
        assertThat(dialog.getHeaderTitle()).isEqualTo("记录跟进");
        FormLayout form = find(FormLayout.class).from(dialog).single();
        assertThat(form.getResponsiveSteps()).as("one column at every width").hasSize(1);
        assertThat(dialog.save.getThemeNames()).contains("large");
    }

    @Test
    void anEmptySummaryAFutureDateAndAnEarlierNextDateShowTheirMessages() {
        FollowUpsTab tab = mount();
        FollowUpDialog dialog = openDialog(tab);
        LocalDate today = followUps.today();
        dialog.occurredOn.setValue(today.plusDays(1));
        dialog.nextOn.setValue(today.minusDays(1));
        test(dialog.save).click();
        assertThat(dialog.summary.isInvalid()).isTrue();
        assertThat(dialog.summary.getErrorMessage()).isEqualTo("请填写跟进内容");
        assertThat(dialog.occurredOn.isInvalid()).isTrue();
        assertThat(dialog.occurredOn.getErrorMessage()).isEqualTo("日期不能晚于今天");
        assertThat(dialog.nextOn.isInvalid()).isTrue();
        assertThat(dialog.nextOn.getErrorMessage()).isEqualTo("下次跟进日期不能早于本次日期");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(tab.grid).size()).isZero();
    }

    @Test
    void aSavedVisitIsListedAndTheDialogCloses() {
        FollowUpsTab tab = mount();
        FollowUpDialog dialog = openDialog(tab);
        dialog.summary.setValue("拜访王芳，确认下月订货 300 箱");
        dialog.nextStep.setValue("寄送报价单");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        assertThat(test(tab.grid).getRow(0).summary()).isEqualTo("拜访王芳，确认下月订货 300 箱");
        assertThat(test(tab.grid).getCellText(0, 3)).isEqualTo("王芳");
        assertThat(test(tab.grid).getRow(0).late()).isFalse();
    }

    @Test
    void aVisitRecordedAfterItsDayCarriesTheLateBadge() {
        FollowUpsTab tab = mount();
        FollowUpDraft visit = new FollowUpDraft();
        visit.setOccurredOn(followUps.today().minusDays(2));
        visit.setSummary("补记前天的拜访");
        followUps.record(customerId, visit);
        tab.grid.getDataProvider().refreshAll();
        assertThat(test(tab.grid).getRow(0).late()).isTrue();
        HorizontalLayout kind = (HorizontalLayout) test(tab.grid).getCellComponent(0, 1);
        assertThat(kind.getChildren().map(c -> ((Span) c).getText())).containsExactly("拜访", "补录");
    }
}
