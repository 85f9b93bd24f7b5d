package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a customer's grade is computed from: the sales amount and gross profit of the last twelve full months of the
 * 客户销售信息月报表 (002 六), and the 支付状况 / 回收状况 of the 法人客户信息资料表 (002 八). The regulation's 回款信誉
 * (payment record, 001 一篇 第3条) is read as the worse of the two statuses that are set; with neither set it is unknown
 * and meets no payment requirement.
 */
public record GradeInputs(BigDecimal annualSales, BigDecimal grossProfit, PaymentRating paymentStatus,
        PaymentRating collectionStatus) implements Serializable {

    public GradeInputs {
        annualSales = annualSales == null ? BigDecimal.ZERO : annualSales;
        grossProfit = grossProfit == null ? BigDecimal.ZERO : grossProfit;
    }

    /** Nothing sold in the twelve months: no grade is computed. */
    public boolean hasSales() {
        return annualSales.signum() > 0;
    }

    /** 回款信誉: the worse of payment and collection status, empty when neither is known. */
    public Optional<PaymentRating> paymentRecord() {
        if (paymentStatus == null || collectionStatus == null) {
            return Optional.ofNullable(paymentStatus == null ? collectionStatus : paymentStatus);
        }
        return Optional.of(paymentStatus.compareTo(collectionStatus) >= 0 ? paymentStatus : collectionStatus);
    }

    /** 毛利率 in percent for display, two decimals half-up; null without sales. Rules compare exactly instead. */
    public BigDecimal marginPercent() {
        return hasSales() ? grossProfit.multiply(BigDecimal.valueOf(100)).divide(annualSales, 2, RoundingMode.HALF_UP)
                : null;
    }
}
