package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerGradeService;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.GradeScheme;
import com.keyaccount.portal.customer.MonthlySaleService;
import com.keyaccount.portal.customer.PaymentRating;
import com.keyaccount.portal.customer.SaleLine;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The grade panel as the owner's manager liuyang sees it: both schemes, the override dialog, the history. */
@WithUserDetails("liuyang")
class GradePanelTest extends ViewTestBase {

    @Autowired
    CustomerGradeService grades;
    @Autowired
    MonthlySaleService sales;
    @Autowired
    CustomerService customers;
    @Autowired
    DemoUsers demo;

    private long customerWithSales() {
        CustomerDraft draft = CustomerFixtures.draft("漳州芗城商贸有限公司" + System.nanoTime());
        draft.setPaymentStatus(PaymentRating.GOOD);
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
        demo.run(DemoUsers.EMPLOYEE, () -> sales.add(id, SaleLine.of(sales.selectableMonths().get(1), null, "电脑",
                new BigDecimal("60000"), null, new BigDecimal("6000"), null)));
        return id;
    }

    @Test
    void aSupervisorOverridesWithAReasonAndSeesBothGradesAndTheHistory() {
        long id = customerWithSales();
        GradePanel panel = new GradePanel(grades, id, customers.permissionsOn(id));
        UI.getCurrent().add(panel);
        assertThat(panel.computed.get(GradeScheme.GRADE).getText()).isEqualTo("计算等级：B一级");
        assertThat(panel.effective.get(GradeScheme.RATING).getText()).isEqualTo("生效等级：A");
        assertThat(panel.inputs.getText()).contains("¥60,000.00", "10.00%", "良好");
        assertThat(panel.clear.get(GradeScheme.GRADE).isVisible()).isFalse();

        test(panel.override.get(GradeScheme.GRADE)).click();
        GradeOverrideDialog dialog = find(GradeOverrideDialog.class).single();
        dialog.grade.setValue("A2");
        test(dialog.save).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue("新签年度框架协议");
        test(dialog.save).click();

        assertThat(panel.computed.get(GradeScheme.GRADE).getText()).isEqualTo("计算等级：B一级");
        assertThat(panel.effective.get(GradeScheme.GRADE).getText()).isEqualTo("生效等级：A二级");
        assertThat(panel.overrideNote.get(GradeScheme.GRADE).getText()).contains("刘洋", "新签年度框架协议");
        assertThat(test(panel.history).getRow(0).effective()).isEqualTo("A2");
        assertThat(test(panel.history).getCellText(0, 3)).isEqualTo("A二级 （人工调整）");

        test(panel.clear.get(GradeScheme.GRADE)).click();
        assertThat(panel.effective.get(GradeScheme.GRADE).getText()).isEqualTo("生效等级：B一级");
        assertThat(notificationTexts()).contains("已恢复计算等级");
    }

    @Test
    void theOwnerSeesTheGradesWithoutOverrideButtons() {
        long id = customerWithSales();
        GradePanel panel = demo.as(DemoUsers.EMPLOYEE, () -> new GradePanel(grades, id, customers.permissionsOn(id)));
        assertThat(panel.override.get(GradeScheme.GRADE).isVisible()).isFalse();
        assertThat(panel.override.get(GradeScheme.RATING).isVisible()).isFalse();
        assertThat(panel.history.getGenericDataView().getItems().count()).isEqualTo(2);
    }
}
