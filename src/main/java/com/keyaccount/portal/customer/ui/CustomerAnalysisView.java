package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.EChart;
import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.customer.CompositionDimension;
import com.keyaccount.portal.customer.CompositionSlice;
import com.keyaccount.portal.customer.CustomerAnalysisService;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * 客户构成分析: customers and sales by grade, region, nature or industry for a period, as an ECharts chart with the
 * numbers in a table beside it, over the customers the person may see (their data scope).
 */
@Route("customers/analysis")
@RolesAllowed(Permissions.Customer.READ)
@Menu(order = 110, icon = "vaadin:pie-bar-chart", title = "menu.customerAnalysis")
public class CustomerAnalysisView extends Main implements HasDynamicTitle {

    private static final int MONTHS_BACK = 36;

    final Select<CompositionDimension> dimension = new Select<>();
    final Select<YearMonth> from = new Select<>();
    final Select<YearMonth> to = new Select<>();
    final EChart chart = new EChart();
    final Grid<CompositionSlice> table = new Grid<>();
    private final CustomerAnalysisService analysis;
    private List<CompositionSlice> slices = List.of();

    CustomerAnalysisView(CustomerAnalysisService analysis, Clock clock, ZoneId zone) {
        this.analysis = analysis;
        addClassNames("view-content", "customer-analysis");
        YearMonth current = YearMonth.now(clock.withZone(zone));
        List<YearMonth> months = IntStream.range(0, MONTHS_BACK).mapToObj(current::minusMonths).toList();
        dimension.setLabel(getTranslation("customer.analysis.dimension"));
        dimension.setItems(CompositionDimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("customer.analysis.dimension." + d.name()));
        dimension.setValue(CompositionDimension.GRADE);
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(m -> getTranslation("customer.analysis.month",
                    String.valueOf(m.getYear()), m.getMonthValue()));
            month.setWidth("9em");
        }
        from.setLabel(getTranslation("customer.analysis.from"));
        to.setLabel(getTranslation("customer.analysis.to"));
        from.setValue(current.minusMonths(11));
        to.setValue(current);
        dimension.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        table.addColumn(this::label).setHeader(getTranslation("customer.analysis.slice")).setFlexGrow(1);
        table.addColumn(s -> Formats.number(s.customers(), getLocale()))
                .setHeader(getTranslation("customer.analysis.customers")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.addColumn(s -> Formats.money(s.sales(), getLocale()))
                .setHeader(getTranslation("customer.analysis.sales")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.addColumn(s -> share(s.sales())).setHeader(getTranslation("customer.analysis.share"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("customer.analysis.empty"));

        FlexLayout body = new FlexLayout(chart, table);
        body.addClassName("analysis-body");
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chart.setMinWidth("300px");
        chart.setWidth("55%");
        table.setMinWidth("300px");
        table.setWidth("40%");
        add(new ViewToolbar().withFilters(dimension, from, to), body);
        refresh();
    }

    void refresh() {
        if (dimension.getValue() == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("customer.analysis.period"));
            return;
        }
        to.setInvalid(false);
        slices = analysis.compose(dimension.getValue(), from.getValue(), to.getValue());
        table.setItems(slices);
        chart.setOption(option());
    }

    private Map<String, Object> option() {
        List<String> labels = new ArrayList<>();
        List<Long> customers = new ArrayList<>();
        List<BigDecimal> sales = new ArrayList<>();
        for (CompositionSlice slice : slices) {
            labels.add(label(slice));
            customers.add(slice.customers());
            sales.add(slice.sales());
        }
        String salesName = getTranslation("customer.analysis.sales");
        String customersName = getTranslation("customer.analysis.customers");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of(salesName, customersName)));
        option.put("grid", Map.of("left", 72, "right", 48, "bottom", 56));
        option.put("xAxis", Map.of("type", "category", "data", labels,
                "axisLabel", Map.of("interval", 0, "rotate", labels.size() > 6 ? 30 : 0)));
        option.put("yAxis", List.of(Map.of("type", "value", "name", getTranslation("customer.analysis.salesAxis")),
                Map.of("type", "value", "name", customersName, "minInterval", 1)));
        option.put("series", List.of(Map.of("name", salesName, "type", "bar", "data", sales),
                Map.of("name", customersName, "type", "line", "yAxisIndex", 1, "data", customers)));
        return option;
    }

    String label(CompositionSlice slice) {
        if (slice.key() == null || slice.key().isBlank()) {
            return getTranslation("customer.analysis.notSet");
        }
        return switch (dimension.getValue()) {
            case GRADE -> getTranslation("customer.grade." + slice.key());
            case NATURE -> getTranslation("customer.nature." + slice.key());
            case REGION, INDUSTRY -> slice.key();
        };
    }

    private String share(BigDecimal part) {
        BigDecimal total = slices.stream().map(CompositionSlice::sales).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.signum() == 0 ? "" : getTranslation("customer.analysis.percent", Formats.number(part
                .multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP), getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.customerAnalysis");
    }
}
