package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** The 法人 and 自然人 information sheets (002 八, 九) on both databases: round trip, rules, locking, refusals, audit. */
class CustomerSheetIT extends AbstractIntegrationTest {

    @Autowired
    CustomerSheetService sheets;
    @Autowired
    CustomerService customers;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;

    private long unit() {
        return demo.as(DemoUsers.EMPLOYEE,
                () -> customers.create(CustomerFixtures.draft("莆田湄洲湾资料表测试有限公司" + System.nanoTime())));
    }

    private long person() {
        CustomerDraft draft = CustomerFixtures.draft("林" + (System.nanoTime() % 10000) + "先生");
        draft.setVariant(CustomerVariant.NATURAL_PERSON);
        draft.setBusinessType(BusinessType.MEMBER);
        draft.setCreditCode(null);
        return demo.as(DemoUsers.EMPLOYEE, () -> customers.create(draft));
    }

    private LegalPersonSheetDraft loadLegal(long id) {
        return demo.as(DemoUsers.EMPLOYEE, () -> sheets.loadLegal(id));
    }

    @Test
    void theLegalPersonSheetIsSavedAndLoadedWithItsRowsAndTheStatusesLandOnTheArchive() {
        long id = unit();
        LegalPersonSheetDraft draft = loadLegal(id);
        assertThat(draft.getVersion()).isNull();
        LocalDate birth = draft.getAsOf().minusYears(52).minusDays(1);
        draft.setRepBirthDate(birth);
        draft.setRepPersonality("稳重，重信誉");
        draft.setEnterpriseScale("职工 320 人");
        draft.setMainCustomers("福建各地连锁超市");
        draft.setBankName("中国工商银行莆田分行");
        draft.setBankAccount("1405 0210 0900 1234 567");
        draft.setCapital(new BigDecimal("5000000.00"));
        draft.setSettlementDays(30);
        draft.setPaymentDays(15);
        draft.setTermsCashPct(20);
        draft.setTermsChequePct(30);
        draft.setTermsDraftPct(50);
        draft.setCollectCashPct(40);
        draft.setCollectOtherPct(60);
        draft.setPaymentStatus(PaymentRating.GOOD);
        draft.setCollectionStatus(PaymentRating.FAIR);
        draft.setManagers(List.of(
                new PersonProfile("陈建华", "总经理", birth.plusYears(10), "果断", "高尔夫", "硕士", "善于谈判", "已婚，一子"),
                new PersonProfile("黄美玲", "财务总监", null, null, null, "本科", null, null)));
        draft.setProducts(List.of(new ProductLine("矿泉水 550ml", "饮料", new BigDecimal("1.20")),
                new ProductLine("茶饮料", "饮料", new BigDecimal("3.50"))));
        demo.run(DemoUsers.EMPLOYEE, () -> sheets.saveLegal(id, draft));

        LegalPersonSheetDraft loaded = loadLegal(id);
        assertThat(loaded.getVersion()).isNotNull();
        assertThat(loaded.getRepresentativeAge()).isEqualTo(52);
        assertThat(loaded.getBankAccount()).isEqualTo("1405 0210 0900 1234 567");
        assertThat(loaded.getCapital()).isEqualByComparingTo("5000000");
        assertThat(loaded.getTermsDraftPct()).isEqualTo(50);
        assertThat(loaded.getManagers()).extracting(PersonProfile::name).containsExactly("陈建华", "黄美玲");
        assertThat(loaded.getManagers().get(0).ageOn(loaded.getAsOf())).isEqualTo(42);
        assertThat(loaded.getProducts()).extracting(ProductLine::name).containsExactly("矿泉水 550ml", "茶饮料");
        assertThat(loaded.getPaymentStatus()).isEqualTo(PaymentRating.GOOD);
        CustomerArchive archive = demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id));
        assertThat(archive.paymentStatus()).isEqualTo(PaymentRating.GOOD);
        assertThat(archive.collectionStatus()).isEqualTo(PaymentRating.FAIR);
        assertThat(auditActions(id)).contains(CustomerRecordAudit.LEGAL_SHEET_SAVED);

        loaded.setProducts(List.of(loaded.getProducts().get(1)));
        demo.run(DemoUsers.EMPLOYEE, () -> sheets.saveLegal(id, loaded));
        assertThat(loadLegal(id).getProducts()).extracting(ProductLine::name).containsExactly("茶饮料");
    }

    @Test
    void thePercentagesOfEachBlockMustSumToOneHundred() {
        long id = unit();
        LegalPersonSheetDraft terms = loadLegal(id);
        terms.setTermsCashPct(50);
        terms.setTermsChequePct(30);
        terms.setTermsDraftPct(10);
        assertRefused(id, terms, "termsCashPct", "customer.sheet.percent.sum");

        LegalPersonSheetDraft collection = loadLegal(id);
        collection.setCollectCashPct(120);
        collection.setCollectOtherPct(-20);
        assertRefused(id, collection, "collectCashPct", "customer.sheet.percent.range");

        LegalPersonSheetDraft valid = loadLegal(id);
        valid.setCollectDraftPct(100);
        demo.run(DemoUsers.EMPLOYEE, () -> sheets.saveLegal(id, valid));
        assertThat(loadLegal(id).getCollectDraftPct()).isEqualTo(100);
    }

    @Test
    void rowsNeedTheirNameAndDatesCannotLieInTheFuture() {
        long id = unit();
        LegalPersonSheetDraft manager = loadLegal(id);
        manager.setManagers(List.of(new PersonProfile(" ", "副总", null, null, null, null, null, null)));
        assertRefused(id, manager, "managers", "customer.sheet.manager.nameRequired");
        LegalPersonSheetDraft future = loadLegal(id);
        future.setRepBirthDate(future.getAsOf().plusDays(1));
        assertRefused(id, future, "repBirthDate", "customer.date.future");
        assertThat(loadLegal(id).getVersion()).isNull();
    }

    @Test
    void someoneWhoMayNotOpenTheArchiveNeitherReadsNorSavesTheSheet() {
        long id = unit();
        assertThatThrownBy(() -> demo.run("zhoujie", () -> sheets.loadLegal(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        LegalPersonSheetDraft draft = loadLegal(id);
        draft.setRepPersonality("外人写的");
        assertThatThrownBy(() -> demo.run("zhaomin", () -> sheets.saveLegal(id, draft)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThat(loadLegal(id).getRepPersonality()).isNull();
        assertThat(auditActions(id)).contains(CustomerAudit.OPEN_REFUSED);
    }

    @Test
    void aStaleSheetIsRefusedAndNothingIsOverwritten() {
        long id = unit();
        demo.run(DemoUsers.EMPLOYEE, () -> sheets.saveLegal(id, loadLegal(id)));
        LegalPersonSheetDraft first = loadLegal(id);
        LegalPersonSheetDraft second = loadLegal(id);
        first.setPeerReputation("口碑良好");
        demo.run(DemoUsers.EMPLOYEE, () -> sheets.saveLegal(id, first));
        second.setPeerReputation("一般");
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> sheets.saveLegal(id, second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(loadLegal(id).getPeerReputation()).isEqualTo("口碑良好");
    }

    @Test
    void theNaturalPersonSheetKeepsAssetsAndServiceRecords() {
        long id = person();
        assertThatThrownBy(() -> loadLegal(id)).isInstanceOf(BusinessException.class)
                .hasMessage("customer.sheet.legalOnly");
        NaturalPersonSheetDraft draft = demo.as(DemoUsers.EMPLOYEE, () -> sheets.loadNatural(id));
        assertThat(draft.getAssetLabels()).isEqualTo("vehicle");
        LocalDate today = demo.as(DemoUsers.EMPLOYEE, () -> sheets.loadLegal(unit())).getAsOf();
        draft.setBusinessNo("闽");
        draft.setSheetNo("2026-018");
        draft.setVisitedOn(today.minusDays(2));
        draft.setVisitReason("首次保养");
        draft.setAssets(List.of(new AssetRecord("丰田凯美瑞", "闽A·12345", "白色", today.minusDays(2), "首保", "林先生")));
        draft.setServices(List.of(new ServiceRecord(today.minusDays(2), "更换机油", today.plusMonths(6), "林先生")));
        draft.setHobbies("钓鱼");
        demo.run(DemoUsers.EMPLOYEE, () -> sheets.saveNatural(id, draft));

        NaturalPersonSheetDraft loaded = demo.as(DemoUsers.EMPLOYEE, () -> sheets.loadNatural(id));
        assertThat(loaded.getSheetNo()).isEqualTo("2026-018");
        assertThat(loaded.getAssets()).singleElement().satisfies(a -> assertThat(a.identifier()).isEqualTo("闽A·12345"));
        assertThat(loaded.getServices()).singleElement()
                .satisfies(s -> assertThat(s.nextServiceOn()).isEqualTo(today.plusMonths(6)));
        assertThat(auditActions(id)).contains(CustomerRecordAudit.PERSON_SHEET_SAVED);

        loaded.setServices(List.of(new ServiceRecord(today, "检查", today.minusDays(1), null)));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> sheets.saveNatural(id, loaded)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.sheet.service.nextBeforeServed");
    }

    private void assertRefused(long id, LegalPersonSheetDraft draft, String field, String key) {
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> sheets.saveLegal(id, draft)))
                .isInstanceOf(BusinessException.class).hasMessage(key)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains(field));
    }

    private List<String> auditActions(long id) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null, CustomerAudit.ENTITY,
                Long.toString(id), null, null), PageRequest.of(0, 50))).stream().map(AuditEntry::action).toList();
    }
}
