package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.BusinessType;
import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerFixtures;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.CustomerSheetService;
import com.keyaccount.portal.customer.CustomerVariant;
import com.keyaccount.portal.customer.PaymentRating;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The two information-sheet tabs: the percentage rule on its field, saving rows, the asset labels, read-only mode. */
@WithUserDetails("zhangwei")
class CustomerSheetTabsTest extends ViewTestBase {

    @Autowired
    CustomerSheetService sheets;
    @Autowired
    CustomerService customers;

    private LegalPersonSheetTab legalTab(boolean edit) {
        long id = customers.create(CustomerFixtures.draft("南平武夷山资料表视图有限公司" + System.nanoTime()));
        LegalPersonSheetTab tab = new LegalPersonSheetTab(sheets, id, new CustomerPermissions(true, edit, false));
        UI.getCurrent().add(tab);
        return tab;
    }

    private static IntegerField number(LegalPersonSheetTab tab, String property) {
        return (IntegerField) tab.fields.byName.get(property);
    }

    private static TextField text(LegalPersonSheetTab tab, String property) {
        return (TextField) tab.fields.byName.get(property);
    }

    @Test
    void percentagesThatDoNotAddUpAreShownOnTheCashFieldAndAValidSheetIsSaved() {
        LegalPersonSheetTab tab = legalTab(true);
        number(tab, "termsCashPct").setValue(50);
        number(tab, "termsChequePct").setValue(30);
        number(tab, "termsDraftPct").setValue(10);
        test(tab.save).click();
        IntegerField cash = number(tab, "termsCashPct");
        assertThat(cash.isInvalid()).isTrue();
        assertThat(cash.getErrorMessage()).isEqualTo("各项百分比合计须为 100%，现为 90%");

        number(tab, "termsDraftPct").setValue(20);
        text(tab, "bankName").setValue("兴业银行南平分行");
        tab.paymentStatus.setValue(PaymentRating.FAIR);
        SheetRows.Product product = (SheetRows.Product) tab.products.addRow(null);
        product.name.setValue("岩茶");
        test(tab.save).click();
        assertThat(notificationTexts()).contains("已保存");
        assertThat(tab.products.getValue()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("岩茶"));
        assertThat(tab.paymentStatus.getValue()).isEqualTo(PaymentRating.FAIR);
        assertThat(tab.customerName.getValue()).startsWith("南平武夷山资料表视图有限公司");
    }

    @Test
    void aReaderSeesTheSheetReadOnly() {
        LegalPersonSheetTab tab = legalTab(false);
        assertThat(tab.save.isVisible()).isFalse();
        assertThat(tab.managers.add.isVisible()).isFalse();
        assertThat(text(tab, "bankName").isReadOnly()).isTrue();
    }

    @Test
    void theNaturalPersonSheetLabelsItsAssetsAsVehicles() {
        CustomerDraft draft = CustomerFixtures.draft("郑" + (System.nanoTime() % 1000) + "女士");
        draft.setVariant(CustomerVariant.NATURAL_PERSON);
        draft.setBusinessType(BusinessType.MEMBER);
        draft.setCreditCode(null);
        long id = customers.create(draft);
        NaturalPersonSheetTab tab = new NaturalPersonSheetTab(sheets, id, customers.permissionsOn(id));
        UI.getCurrent().add(tab);
        SheetRows.Asset asset = (SheetRows.Asset) tab.assets.addRow(null);
        assertThat(asset.type.getLabel()).isEqualTo("车型");
        assertThat(asset.identifier.getLabel()).isEqualTo("车号");
        asset.type.setValue("比亚迪汉");
        asset.identifier.setValue("闽H·88888");
        test(tab.save).click();
        assertThat(sheets.loadNatural(id).getAssets()).singleElement()
                .satisfies(a -> assertThat(a.identifier()).isEqualTo("闽H·88888"));
    }
}
