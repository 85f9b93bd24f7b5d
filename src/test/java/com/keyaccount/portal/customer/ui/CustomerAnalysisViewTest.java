package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.CompositionDimension;
import com.keyaccount.portal.customer.CompositionSlice;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** 客户构成分析: dimension and period drive the table and the chart; a reversed period is refused on the field. */
class CustomerAnalysisViewTest extends ViewTestBase {

    @Test
    @WithUserDetails("liuyang")
    void theChartAndTheTableFollowTheDimension() {
        CustomerAnalysisView view = navigate(CustomerAnalysisView.class);
        assertThat(view.dimension.getValue()).isEqualTo(CompositionDimension.GRADE);
        assertThat(view.label(new CompositionSlice("A1", 1, BigDecimal.ONE))).isEqualTo("A一级");
        assertThat(view.label(new CompositionSlice(null, 1, BigDecimal.ONE))).isEqualTo("未设置");
        assertThat(view.chart.getOptionJson()).contains("\"type\":\"bar\"").contains("销售额");

        view.dimension.setValue(CompositionDimension.NATURE);
        assertThat(view.label(new CompositionSlice("SUPPLIER", 1, BigDecimal.ONE))).isEqualTo("供应商");
        assertThat(view.table.getEmptyStateText()).isEqualTo("所选期间内没有您可查看的客户");
    }

    @Test
    @WithUserDetails("zhangwei")
    void aReversedPeriodIsShownOnTheField() {
        CustomerAnalysisView view = navigate(CustomerAnalysisView.class);
        view.to.setValue(view.from.getValue().minusMonths(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("截止月份不能早于起始月份");
    }
}
