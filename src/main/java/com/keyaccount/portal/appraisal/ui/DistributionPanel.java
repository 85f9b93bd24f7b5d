package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.base.ui.EChart;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The level distribution of the calibrated forms: an ECharts bar chart and, beside it, count and share per level. */
class DistributionPanel extends FlexLayout {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Map<ResultLevel, String> COLORS = Map.of(ResultLevel.EXCELLENT, "#2e7d32",
            ResultLevel.GOOD, "#1976d2", ResultLevel.AVERAGE, "#90a4ae", ResultLevel.PASS, "#ffa000",
            ResultLevel.FAIL, "#d32f2f");

    /**
     * One level's line of the table.
     *
     * @param level   the level
     * @param count   forms at that level
     * @param percent their share of the forms with a level, scale 1 HALF_UP; null when none has a level
     */
    record LevelShare(ResultLevel level, long count, BigDecimal percent) {
    }

    final EChart chart = new EChart();
    final Grid<LevelShare> table = new Grid<>();

    DistributionPanel() {
        table.addColumn(share -> getTranslation("appraisal.level." + share.level().name()))
                .setHeader(getTranslation("appraisal.ui.calibration.level")).setFlexGrow(1);
        table.addColumn(share -> Formats.number(share.count(), getLocale()))
                .setHeader(getTranslation("appraisal.ui.calibration.count")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.addColumn(share -> share.percent() == null ? "" : getTranslation("appraisal.ui.calibration.percent",
                Formats.number(share.percent(), getLocale()))).setHeader(getTranslation("appraisal.ui.calibration.share"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        chart.setHeight("260px");
        chart.setMinWidth("300px");
        chart.setWidth("55%");
        table.setMinWidth("280px");
        table.setWidth("40%");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(chart, table);
    }

    void show(CycleResults results) {
        List<LevelShare> shares = shares(results.distribution());
        table.setItems(shares);
        chart.setOption(option(shares));
    }

    static List<LevelShare> shares(Map<ResultLevel, Long> distribution) {
        long scored = distribution.values().stream().mapToLong(Long::longValue).sum();
        return distribution.entrySet().stream().map(e -> new LevelShare(e.getKey(), e.getValue(), scored == 0 ? null
                : BigDecimal.valueOf(e.getValue()).multiply(HUNDRED).divide(BigDecimal.valueOf(scored), 1,
                        RoundingMode.HALF_UP))).toList();
    }

    private Map<String, Object> option(List<LevelShare> shares) {
        List<String> labels = shares.stream().map(s -> getTranslation("appraisal.level." + s.level().name()))
                .toList();
        List<Map<String, Object>> values = shares.stream().map(s -> Map.<String, Object>of("value", s.count(),
                "itemStyle", Map.of("color", COLORS.get(s.level())))).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", getTranslation("appraisal.ui.calibration.distribution"), "left", "center",
                "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 48, "right", 24, "bottom", 32, "top", 48));
        option.put("xAxis", Map.of("type", "category", "data", labels));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1,
                "name", getTranslation("appraisal.ui.calibration.count")));
        option.put("series", List.of(Map.of("name", getTranslation("appraisal.ui.calibration.count"), "type", "bar",
                "data", values, "label", Map.of("show", true, "position", "top"))));
        return option;
    }
}
