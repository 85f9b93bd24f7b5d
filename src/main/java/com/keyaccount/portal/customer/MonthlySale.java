package com.keyaccount.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One line of the 客户销售信息月报表 (002 六): month, responsible person (负责人编号), product (商品编号), sales amount,
 * discount, gross profit; the margin (毛利率) is gross profit / sales amount, which the source does not define
 * further. One line per customer, month and product. Grades read the last twelve months of these.
 */
@Entity
@Table(name = "customer_monthly_sale")
public class MonthlySale {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /** The first day of the month. */
    @Column(name = "sales_month", nullable = false)
    private LocalDate salesMonth;

    @Column(name = "responsible_employee_id")
    private Long responsibleEmployeeId;

    @Column(nullable = false)
    private String product;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private BigDecimal discount = BigDecimal.ZERO;

    @Column(name = "gross_profit", nullable = false)
    private BigDecimal grossProfit = BigDecimal.ZERO;

    private String remarks;

    protected MonthlySale() {
    }

    public MonthlySale(Customer customer, YearMonth month, String product) {
        this.customer = customer;
        this.salesMonth = month.atDay(1);
        this.product = product;
    }

    /** 毛利率 in percent, two decimals, half-up; null when nothing was sold. */
    public BigDecimal marginPercent() {
        return amount == null || amount.signum() == 0 ? null
                : grossProfit.multiply(BigDecimal.valueOf(100)).divide(amount, 2, RoundingMode.HALF_UP);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Customer getCustomer() { return customer; }
    public YearMonth getMonth() { return YearMonth.from(salesMonth); }
    public void setMonth(YearMonth month) { this.salesMonth = month.atDay(1); }
    public Long getResponsibleEmployeeId() { return responsibleEmployeeId; }
    public void setResponsibleEmployeeId(Long responsibleEmployeeId) { this.responsibleEmployeeId = responsibleEmployeeId; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getDiscount() { return discount; }
    public void setDiscount(BigDecimal discount) { this.discount = discount; }
    public BigDecimal getGrossProfit() { return grossProfit; }
    public void setGrossProfit(BigDecimal grossProfit) { this.grossProfit = grossProfit; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
}
