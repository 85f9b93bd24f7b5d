package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.audit.AuditEntry;
import com.keyaccount.portal.audit.AuditFilter;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Grades on both databases: recomputed when sales change, a supervisor's override kept across recomputations and
 * refused to everyone else, the history, and the thresholds only administrators edit.
 */
class CustomerGradeIT extends AbstractIntegrationTest {

    @Autowired
    CustomerGradeService grades;
    @Autowired
    GradeThresholdService thresholds;
    @Autowired
    MonthlySaleService sales;
    @Autowired
    CustomerService customers;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;
    @Autowired
    GradeTestSupport support;

    private CustomerGrades gradesOf(long id) {
        return demo.as(DemoUsers.EMPLOYEE, () -> grades.find(id));
    }

    private CustomerArchive archive(long id) {
        return demo.as(DemoUsers.EMPLOYEE, () -> customers.open(id));
    }

    @Test
    void theSeededThresholdsAreTheDocumentedDefaults() {
        for (GradeScheme scheme : GradeScheme.values()) {
            List<GradeThresholdRow> seeded = demo.as(DemoUsers.ADMIN, () -> thresholds.load(scheme)).rows();
            assertThat(DefaultGradeRules.describe(seeded)).isEqualTo(DefaultGradeRules.describe(
                    scheme == GradeScheme.GRADE ? DefaultGradeRules.GRADE : DefaultGradeRules.RATING));
        }
    }

    @Test
    void addingAndDeletingSalesRegradesTheCustomer() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.GOOD);
        assertThat(archive(id).grade()).isNull();
        long line = support.addSale(id, support.lastMonth(), "复印机", "350000", "35000");
        assertThat(archive(id).grade()).isEqualTo(Grade.A2);
        assertThat(archive(id).rating()).isEqualTo(Rating.AA);
        support.addSale(id, support.lastMonth().minusMonths(3), "打印机", "150000", "15000");
        assertThat(archive(id).grade()).isEqualTo(Grade.A1);
        CustomerGrades now = gradesOf(id);
        assertThat(now.inputs().annualSales()).isEqualByComparingTo("500000");
        assertThat(now.inputs().marginPercent()).isEqualByComparingTo("10.00");
        assertThat(now.of(GradeScheme.GRADE).computed()).isEqualTo("A1");

        long version = demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(id)).stream().filter(l -> l.id() == line)
                .findFirst().orElseThrow().version();
        demo.run(DemoUsers.EMPLOYEE, () -> sales.delete(line, version));
        assertThat(archive(id).grade()).isEqualTo(Grade.B1);
        assertThat(archive(id).rating()).isEqualTo(Rating.A);

        List<GradeHistoryEntry> history = demo.as(DemoUsers.EMPLOYEE, () -> grades.findHistory(id));
        assertThat(history).filteredOn(h -> h.scheme() == GradeScheme.GRADE).extracting(GradeHistoryEntry::effective)
                .containsExactly("B1", "A1", "A2");
        assertThat(history).allSatisfy(h -> {
            assertThat(h.actorName()).isEqualTo("张伟");
            assertThat(h.overridden()).isFalse();
        });
    }

    @Test
    void salesOutsideTheTwelveFullMonthsDoNotCount() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.GOOD);
        support.addSale(id, support.lastMonth().minusMonths(12), "旧单", "900000", "90000");
        support.addSale(id, support.lastMonth().plusMonths(1), "本月", "900000", "90000");
        assertThat(archive(id).grade()).isNull();
        support.addSale(id, support.lastMonth().minusMonths(11), "最早一月", "30000", "3000");
        assertThat(archive(id).grade()).isEqualTo(Grade.B2);
    }

    @Test
    void aSupervisorsOverrideIsKeptAcrossRecomputationsUntilCleared() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.FAIR);
        support.addSale(id, support.lastMonth(), "纸", "60000", "6000");
        demo.run(DemoUsers.MANAGER, () -> grades.override(id, GradeScheme.GRADE, "A2", "年底签订三年框架协议"));
        assertThat(archive(id).grade()).isEqualTo(Grade.A2);

        support.addSale(id, support.lastMonth().minusMonths(1), "笔", "10000", "1000");
        demo.run(DemoUsers.ADMIN, () -> grades.recomputeAll());
        SchemeGrade grade = gradesOf(id).of(GradeScheme.GRADE);
        assertThat(grade.computed()).isEqualTo("B1");
        assertThat(grade.effective()).isEqualTo("A2");
        assertThat(grade.overrideReason()).isEqualTo("年底签订三年框架协议");
        assertThat(grade.overrideByName()).isEqualTo("刘洋");
        assertThat(grade.overrideAt()).isNotNull();
        assertThat(archive(id).grade()).isEqualTo(Grade.A2);
        assertThat(archive(id).rating()).isEqualTo(Rating.A);

        demo.run(DemoUsers.MANAGER, () -> grades.clearOverride(id, GradeScheme.GRADE));
        assertThat(archive(id).grade()).isEqualTo(Grade.B1);
        assertThat(gradesOf(id).of(GradeScheme.GRADE).overridden()).isFalse();
        List<GradeHistoryEntry> history = demo.as(DemoUsers.EMPLOYEE, () -> grades.findHistory(id)).stream()
                .filter(h -> h.scheme() == GradeScheme.GRADE).toList();
        assertThat(history).extracting(GradeHistoryEntry::effective, GradeHistoryEntry::overridden)
                .startsWith(tuple("B1", false),
                        tuple("A2", true));
        assertThat(history.get(1).reason()).isEqualTo("年底签订三年框架协议");
        assertThat(auditActions(id)).contains(GradeAudit.GRADE_OVERRIDDEN, GradeAudit.GRADE_OVERRIDE_CLEARED);
    }

    @Test
    void theOwnerAStrangerAndAnAdministratorCannotOverrideAndAReasonIsRequired() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.GOOD);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> grades.override(id, GradeScheme.GRADE, "A1", "x")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.notSupervisor");
        assertThatThrownBy(() -> demo.run("zhaomin", () -> grades.override(id, GradeScheme.GRADE, "A1", "x")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> grades.override(id, GradeScheme.GRADE, "A1", "x")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> grades.override(id, GradeScheme.GRADE, "A1", " ")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.grades.override.reason");
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> grades.override(id, GradeScheme.RATING, "A1", "x")))
                .isInstanceOf(BusinessException.class).hasMessage("customer.grades.override.grade");
        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> grades.clearOverride(id, GradeScheme.GRADE)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.grades.override.none");
        assertThat(archive(id).grade()).isNull();
        assertThatThrownBy(() -> demo.run("zhaomin", () -> grades.findHistory(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
    }

    @Test
    void employeesAndManagersCannotEditThresholdsOrRecomputeAll() {
        for (String login : List.of(DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.GENERAL_MANAGER)) {
            assertThatThrownBy(() -> demo.run(login, () -> thresholds.load(GradeScheme.GRADE)))
                    .isInstanceOf(AccessDeniedException.class);
            GradeSchemeRules rules = new GradeSchemeRules(GradeScheme.RATING, 0, DefaultGradeRules.RATING, null, null);
            assertThatThrownBy(() -> demo.run(login, () -> thresholds.save(rules)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demo.run(login, () -> grades.recomputeAll()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anAdministratorsThresholdChangeRegradesEveryCustomerAndAStaleOneIsRefused() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.GOOD);
        support.addSale(id, support.lastMonth(), "空调", "450000", "45000");
        assertThat(archive(id).grade()).isEqualTo(Grade.A2);
        GradeSchemeRules loaded = demo.as(DemoUsers.ADMIN, () -> thresholds.load(GradeScheme.GRADE));
        List<GradeThresholdRow> lowered = new ArrayList<>(loaded.rows());
        lowered.set(1, DefaultGradeRules.rule("A1", "400000", null, null, null, Set.of(PaymentRating.GOOD)));
        try {
            GradeRecomputation result = demo.as(DemoUsers.ADMIN, () -> thresholds.save(
                    new GradeSchemeRules(GradeScheme.GRADE, loaded.version(), lowered, null, null)));
            assertThat(result.changed()).isPositive();
            assertThat(result.customers()).isGreaterThanOrEqualTo(result.changed());
            assertThat(archive(id).grade()).isEqualTo(Grade.A1);
            assertThat(demo.as(DemoUsers.ADMIN, () -> thresholds.load(GradeScheme.GRADE)).updatedBy())
                    .isEqualTo(DemoUsers.ADMIN);
            assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> thresholds.save(loaded)))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            List<GradeThresholdRow> invalid = new ArrayList<>(lowered);
            invalid.removeLast();
            long version = demo.as(DemoUsers.ADMIN, () -> thresholds.load(GradeScheme.GRADE)).version();
            assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> thresholds.save(
                    new GradeSchemeRules(GradeScheme.GRADE, version, invalid, null, null))))
                    .isInstanceOf(BusinessException.class).hasMessage("customer.grades.rules.lastOpen");
        } finally {
            long version = demo.as(DemoUsers.ADMIN, () -> thresholds.load(GradeScheme.GRADE)).version();
            demo.run(DemoUsers.ADMIN, () -> thresholds.save(
                    new GradeSchemeRules(GradeScheme.GRADE, version, DefaultGradeRules.GRADE, null, null)));
        }
        assertThat(archive(id).grade()).isEqualTo(Grade.A2);
        assertThat(demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, GradeAudit.THRESHOLDS_SAVED,
                null, null, null, null), PageRequest.of(0, 5)))).isNotEmpty();
    }

    @Test
    void aSecondRecomputationWithNothingChangedWritesNothing() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.GOOD);
        support.addSale(id, support.lastMonth(), "纸", "25000", "2500");
        demo.run(DemoUsers.ADMIN, () -> grades.recomputeAll());
        int historyRows = demo.as(DemoUsers.EMPLOYEE, () -> grades.findHistory(id)).size();
        GradeRecomputation again = demo.as(DemoUsers.ADMIN, () -> grades.recomputeAll());
        assertThat(again.changed()).isZero();
        assertThat(again.customers()).isPositive();
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> grades.findHistory(id))).hasSize(historyRows);
        assertThat(archive(id).grade()).isEqualTo(Grade.B2);
    }

    @Test
    void aPaymentStatusChangeTakesEffectOnRecompute() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.GOOD);
        support.addSale(id, support.lastMonth(), "电脑", "600000", "60000");
        assertThat(archive(id).grade()).isEqualTo(Grade.A1);
        CustomerDraft draft = demo.as(DemoUsers.EMPLOYEE, () -> customers.loadDraft(id));
        draft.setPaymentStatus(PaymentRating.POOR);
        demo.run(DemoUsers.EMPLOYEE, () -> customers.update(id, draft));
        demo.run(DemoUsers.EMPLOYEE, () -> grades.recompute(id));
        assertThat(archive(id).grade()).isEqualTo(Grade.B1);
        assertThat(archive(id).rating()).isEqualTo(Rating.AA);
        BigDecimal sales = gradesOf(id).inputs().annualSales();
        assertThat(sales).isEqualByComparingTo("600000");
    }

    private List<String> auditActions(long id) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null, CustomerAudit.ENTITY,
                Long.toString(id), null, null), PageRequest.of(0, 50))).stream().map(AuditEntry::action).toList();
    }
}
