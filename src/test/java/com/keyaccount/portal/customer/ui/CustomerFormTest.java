package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.CustomerArchive;
import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.CustomerVariant;
import com.keyaccount.portal.customer.Market;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The archive form: localized messages on the field at fault, duplicate and similar-name links, nothing lost. */
@WithUserDetails("zhangwei")
class CustomerFormTest extends ViewTestBase {

    @Autowired
    CustomerService customers;
    @Autowired
    DemoUsers demo;

    private CustomerForm newForm() {
        return navigate(NewCustomerView.class).form;
    }

    @Test
    void aNewProspectBelongsToMeAndSavingOpensItsArchive() {
        CustomerForm form = newForm();
        assertThat(form.owner.getValue().displayName()).isEqualTo("张伟");
        String name = "厦门筼筜湖贸易有限公司" + System.nanoTime();
        form.name.setValue(name);
        form.creditCode.setValue(CustomerFixtures.uniqueCreditCode().toLowerCase());
        form.annualSales.setValue("1,234,567.5");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(CustomerArchiveView.class);
        CustomerArchive archive = ((CustomerArchiveView) getCurrentView()).archive().orElseThrow();
        assertThat(archive.name()).isEqualTo(name);
        assertThat(archive.annualSales()).isEqualByComparingTo("1234567.50");
        assertThat(archive.ownerName()).isEqualTo("张伟");
    }

    @Test
    void aWrongCreditCodeIsExplainedOnItsField() {
        CustomerForm form = newForm();
        String valid = CustomerFixtures.uniqueCreditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        form.creditCode.setValue(valid.substring(0, 17) + wrong);
        assertThat(form.creditCode.isInvalid()).isTrue();
        assertThat(form.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码校验位不正确，请核对是否输错");

        form.creditCode.setValue(valid.substring(0, 12));
        assertThat(form.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码应为 18 位");
        form.creditCode.setValue("");
        test(form.save).click();
        assertThat(form.creditCode.getErrorMessage())
                .isEqualTo("请填写统一社会信用代码（个人客户和境外企业可不填）");

        form.market.setValue(Market.INTERNATIONAL);
        assertThat(form.creditCode.isInvalid()).isFalse();
    }

    @Test
    void aFiveHundredCharacterNameIsRefusedOnTheNameFieldAndNothingIsSaved() {
        CustomerForm form = newForm();
        form.name.setValue("长".repeat(500));
        form.creditCode.setValue(CustomerFixtures.uniqueCreditCode());
        test(form.save).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("最多 200 个字符");
        assertThat(getCurrentView()).isInstanceOf(NewCustomerView.class);
        assertThat(form.name.getValue()).hasSize(500);
    }

    @Test
    void aCreditCodeThatHasAnArchiveIsRefusedWithALinkToIt() {
        CustomerDraft existing = CustomerFixtures.draft("福清融侨电子有限公司" + System.nanoTime());
        long id = demo.as(DemoUsers.MANAGER, () -> customers.create(existing));
        CustomerForm form = newForm();
        form.name.setValue("另一家公司" + System.nanoTime());
        form.creditCode.setValue(" " + existing.getCreditCode().toLowerCase() + " ");

        assertThat(form.creditCode.isInvalid()).isTrue();
        assertThat(form.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码已被客户“" + existing.getName() + "”使用");
        assertThat(form.duplicateNotice.isVisible()).isTrue();
        RouterLink link = find(RouterLink.class).from(form.duplicateNotice).single();
        assertThat(link.getHref()).isEqualTo("customers/" + id);
        assertThat(link.getText()).isEqualTo(existing.getName());
        test(form.save).click();
        assertThat(getCurrentView()).isInstanceOf(NewCustomerView.class);

        form.creditCode.setValue(CustomerFixtures.uniqueCreditCode());
        assertThat(form.creditCode.isInvalid()).isFalse();
        assertThat(form.duplicateNotice.isVisible()).isFalse();
    }

    @Test
    void aSimilarNameWarnsWithLinksButDoesNotBlock() {
        String core = "漳州九龙江" + System.nanoTime() % 100_000 + "商贸";
        long id = demo.as(DemoUsers.EMPLOYEE, () -> customers.create(CustomerFixtures.draft(core + "有限公司")));
        CustomerForm form = newForm();
        form.name.setValue("（" + core + "）有限责任公司");

        assertThat(form.similarNotice.isVisible()).isTrue();
        assertThat(find(RouterLink.class).from(form.similarNotice).all())
                .extracting(RouterLink::getHref).contains("customers/" + id);
        form.creditCode.setValue(CustomerFixtures.uniqueCreditCode());
        test(form.save).click();
        assertThat(getCurrentView()).isInstanceOf(CustomerArchiveView.class);
    }

    @Test
    void aServiceRefusalIsShownOnItsFieldAndTheInputStays() {
        CustomerForm form = newForm();
        form.name.setValue("会员测试" + System.nanoTime());
        form.variant.setValue(CustomerVariant.END_CUSTOMER_CARD);
        form.businessType.setValue(com.keyaccount.portal.customer.BusinessType.MEMBER);
        form.creditCode.setValue(CustomerFixtures.uniqueCreditCode());
        form.phone.setValue("0591-12345678");
        test(form.save).click();

        assertThat(form.businessType.isInvalid()).isTrue();
        assertThat(form.businessType.getErrorMessage()).isEqualTo("会员大客户只能是自然人客户");
        assertThat(form.phone.getValue()).isEqualTo("0591-12345678");
    }

    @Test
    void anAmountThatIsNoNumberIsRefusedOnItsField() {
        CustomerForm form = newForm();
        form.registeredCapital.setValue("一百万");
        assertThat(form.registeredCapital.isInvalid()).isTrue();
        assertThat(form.registeredCapital.getErrorMessage()).startsWith("请输入金额");
        form.registeredCapital.setValue("¥ 1,000,000.00");
        assertThat(form.registeredCapital.isInvalid()).isFalse();
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndTheTypedValuesStay() {
        long id = demo.as(DemoUsers.EMPLOYEE,
                () -> customers.create(CustomerFixtures.draft("平潭海峡物流有限公司" + System.nanoTime())));
        EditCustomerView view = navigate("customers/" + id + "/edit", EditCustomerView.class);
        CustomerForm form = view.form;
        CustomerDraft meanwhile = customers.loadDraft(id);
        meanwhile.setAddress("平潭综合实验区");
        customers.update(id, meanwhile);

        form.phone.setValue("0591-24681357");
        form.registeredCapital.setValue(new BigDecimal("500000").toPlainString());
        test(form.save).click();

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("该记录已被其他人修改"));
        assertThat(getCurrentView()).isInstanceOf(EditCustomerView.class);
        assertThat(form.phone.getValue()).isEqualTo("0591-24681357");
        assertThat(customers.open(id).phone()).isNull();
        assertThat(customers.open(id).address()).isEqualTo("平潭综合实验区");
    }

    @Test
    @WithUserDetails("sunli")
    void someoneWhoMayNotChangeTheArchiveGetsNoForm() {
        long id = demo.as(DemoUsers.EMPLOYEE,
                () -> customers.create(CustomerFixtures.draft("长乐滨海纺织有限公司" + System.nanoTime())));
        EditCustomerView view = navigate("customers/" + id + "/edit", EditCustomerView.class);
        assertThat(view.form).isNull();
        assertThat(view.refusal.getElement().getTextRecursively()).contains("您无权查阅该客户档案");
    }
}
