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
import com.keyaccount.portal.customer.SaleImportResult.SaleRowProblem;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** 客户销售信息月报表 (002 六) through its service on both databases: validation, duplicates, locking, access, import. */
class MonthlySaleIT extends AbstractIntegrationTest {

    @Autowired
    MonthlySaleService sales;
    @Autowired
    AuditService audit;
    @Autowired
    DemoUsers demo;
    @Autowired
    GradeTestSupport support;

    private static SaleLine line(YearMonth month, String product, String amount, String discount, String profit) {
        return SaleLine.of(month, null, product, amount == null ? null : new BigDecimal(amount),
                new BigDecimal(discount), new BigDecimal(profit), null);
    }

    @Test
    void theOwnerRecordsLinesAndReadsThemNewestFirstWithTheirMargin() {
        long id = support.customer(Confidentiality.PERSONAL, PaymentRating.GOOD);
        YearMonth month = support.lastMonth();
        support.addSale(id, month.minusMonths(1), "办公用纸", "1000.00", "150.00");
        support.addSale(id, month, "硒鼓", "2000.00", "-100.00");

        List<MonthlySaleLine> lines = demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(id));
        assertThat(lines).extracting(MonthlySaleLine::product).containsExactly("硒鼓", "办公用纸");
        assertThat(lines.get(0).marginPercent()).isEqualByComparingTo("-5.00");
        assertThat(lines.get(1).marginPercent()).isEqualByComparingTo("15.00");
        assertThat(auditActions(id)).contains(GradeAudit.SALE_ADDED);
    }

    @Test
    void invalidLinesAreRefusedOnTheirField() {
        long id = support.customer(Confidentiality.PERSONAL, null);
        YearMonth month = support.lastMonth();
        assertRefused(id, line(month.plusMonths(2), "纸", "1", "0", "0"), "customer.sale.month.future");
        assertRefused(id, line(null, "纸", "1", "0", "0"), "customer.sale.month.required");
        assertRefused(id, line(month, " ", "1", "0", "0"), "customer.sale.product.invalid");
        assertRefused(id, line(month, "纸".repeat(101), "1", "0", "0"), "customer.sale.product.invalid");
        assertRefused(id, line(month, "纸", "-0.01", "0", "0"), "customer.sale.amount.invalid");
        assertRefused(id, line(month, "纸", null, "0", "0"), "customer.sale.amount.invalid");
        assertRefused(id, line(month, "纸", "1.001", "0", "0"), "customer.sale.amount.invalid");
        assertRefused(id, line(month, "纸", "100", "-1", "0"), "customer.sale.discount.invalid");
        assertRefused(id, line(month, "纸", "100", "0", "100.01"), "customer.sale.grossProfit.invalid");
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(id))).isEmpty();
        // the current month itself may be recorded, a loss too
        demo.run(DemoUsers.EMPLOYEE, () -> sales.add(id, line(month.plusMonths(1), "纸", "100", "0", "-20")));
    }

    @Test
    void aSecondLineForTheSameMonthAndProductIsRefused() {
        long id = support.customer(Confidentiality.PERSONAL, null);
        YearMonth month = support.lastMonth();
        support.addSale(id, month, "Toner", "100", "10");
        assertThatThrownBy(() -> support.addSale(id, month, "toner ", "50", "5"))
                .isInstanceOf(BusinessException.class).hasMessage("customer.sale.duplicate");
        long other = support.addSale(id, month.minusMonths(1), "Toner", "80", "8");
        MonthlySaleLine stored = find(id, other);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> sales.update(other,
                new SaleLine(null, month, null, "Toner", stored.amount(), null, null, null, stored.version()))))
                .isInstanceOf(BusinessException.class).hasMessage("customer.sale.duplicate");
    }

    @Test
    void aStaleEditOrDeleteIsRefusedAndNothingIsOverwritten() {
        long id = support.customer(Confidentiality.PERSONAL, null);
        long lineId = support.addSale(id, support.lastMonth(), "纸箱", "100", "10");
        MonthlySaleLine read = find(id, lineId);
        demo.run(DemoUsers.EMPLOYEE, () -> sales.update(lineId, new SaleLine(null, read.month(), null, "纸箱",
                new BigDecimal("120"), null, new BigDecimal("12"), null, read.version())));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> sales.update(lineId, new SaleLine(null,
                read.month(), null, "纸箱", new BigDecimal("999"), null, null, null, read.version()))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> sales.delete(lineId, read.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(find(id, lineId).amount()).isEqualByComparingTo("120");
        assertThat(auditActions(id)).contains(GradeAudit.SALE_UPDATED);

        demo.run(DemoUsers.EMPLOYEE, () -> sales.delete(lineId, find(id, lineId).version()));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(id))).isEmpty();
        assertThat(auditActions(id)).contains(GradeAudit.SALE_DELETED);
    }

    @Test
    void whoMayNotOpenTheArchiveNeitherReadsNorAddsSales() {
        long id = support.customer(Confidentiality.DEPARTMENT, null);
        support.addSale(id, support.lastMonth(), "纸", "100", "10");
        SaleLine line = line(support.lastMonth(), "笔", "10", "0", "1");
        assertThatThrownBy(() -> demo.run("zhaomin", () -> sales.findLines(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run("zhaomin", () -> sales.add(id, line)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run("lina", () -> sales.add(id, line)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThat(demo.as(DemoUsers.MANAGER, () -> sales.findLines(id))).hasSize(1);
        assertThatThrownBy(() -> demo.run(DemoUsers.ADMIN, () -> sales.add(id, line)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
    }

    @Test
    void anImportWithAnyInvalidRowSavesNothingUnlessTheValidRowsAreChosen() {
        long id = support.customer(Confidentiality.PERSONAL, null);
        long other = support.customer(Confidentiality.PERSONAL, null);
        YearMonth month = support.lastMonth();
        List<SaleLine> lines = List.of(
                new SaleLine(id, month, null, "纸", new BigDecimal("100"), null, new BigDecimal("10"), null, 0),
                new SaleLine(id, month, null, "笔", new BigDecimal("-5"), null, null, null, 0),
                new SaleLine(id, month, null, "纸", new BigDecimal("50"), null, null, null, 0),
                new SaleLine(other, month, null, "纸", new BigDecimal("70"), null, null, null, 0),
                new SaleLine(null, month, null, "墨", new BigDecimal("1"), null, null, null, 0));

        SaleImportResult refused = demo.as(DemoUsers.EMPLOYEE, () -> sales.importLines(null, lines));
        assertThat(refused.imported()).isZero();
        assertThat(refused.problems()).extracting(SaleRowProblem::index, SaleRowProblem::messageKey).containsExactly(
                tuple(1, "customer.sale.amount.invalid"),
                tuple(2, "customer.sale.duplicate"),
                tuple(4, "customer.sale.customer.required"));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(id))).isEmpty();

        SaleImportResult valid = demo.as(DemoUsers.EMPLOYEE, () -> sales.importValidLines(null, lines));
        assertThat(valid.imported()).isEqualTo(2);
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(id))).extracting(MonthlySaleLine::amount)
                .containsExactly(new BigDecimal("100.00"));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(other))).hasSize(1);
        assertThat(auditActions(id)).contains(GradeAudit.SALES_IMPORTED);
    }

    @Test
    void anImportIntoAnArchiveTheImporterMayNotChangeReportsEveryRow() {
        long id = support.customer(Confidentiality.PERSONAL, null);
        List<SaleLine> lines = List.of(line(support.lastMonth(), "纸", "1", "0", "0"),
                line(support.lastMonth(), "笔", "1", "0", "0"));
        SaleImportResult result = demo.as("zhaomin", () -> sales.importLines(id, lines));
        assertThat(result.problems()).extracting(SaleRowProblem::messageKey)
                .containsExactly("customer.archive.closed", "customer.archive.closed");
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(id))).isEmpty();
    }

    private void assertRefused(long customerId, SaleLine line, String key) {
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> sales.add(customerId, line)))
                .isInstanceOf(BusinessException.class).hasMessage(key);
    }

    private MonthlySaleLine find(long customerId, long lineId) {
        return demo.as(DemoUsers.EMPLOYEE, () -> sales.findLines(customerId)).stream()
                .filter(l -> l.id() == lineId).findFirst().orElseThrow();
    }

    private List<String> auditActions(long customerId) {
        return demo.as(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(null, null, CustomerAudit.ENTITY,
                String.valueOf(customerId), null, null), PageRequest.of(0, 100))).stream()
                .map(AuditEntry::action).toList();
    }
}
