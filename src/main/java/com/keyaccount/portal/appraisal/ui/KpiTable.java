package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormAnswers.KpiAnswer;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.KpiScoring.KpiResult;
import com.keyaccount.portal.appraisal.KpiSource;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPI rows of one section (000 销售经理年度考核表: 指标类别, 指标权重, 目标值, 考核部门, 半年期结果, 年终结果, 年终得分; the monthly
 * forms: 目标量, 实际量, 完成率, 得分): the employee types actuals in the draft, the reviewer targets and actuals while
 * scoring; each actual shows where it came from; rate and score come from the form's result. Scrolls sideways on a
 * phone.
 */
class KpiTable extends Div {

    final Map<String, BigDecimalField> targets = new LinkedHashMap<>();
    final Map<String, BigDecimalField> actuals = new LinkedHashMap<>();
    final Map<String, BigDecimalField> halfYears = new LinkedHashMap<>();
    final Map<String, Span> rates = new LinkedHashMap<>();
    final Map<String, Span> scores = new LinkedHashMap<>();

    private final Map<String, KpiAnswer> loaded = new LinkedHashMap<>();

    KpiTable(List<KpiItem> items, FormAnswers answers, Map<String, KpiResult> results, boolean annual,
            FormMode mode) {
        addClassName("appraisal-kpi-scroll");
        NativeTable table = new NativeTable();
        table.addClassName("appraisal-kpi-table");
        NativeTableRow head = table.getHead().addRow();
        List<String> columns = new ArrayList<>(List.of("indicator", "weight", "unit", "target",
                annual ? "yearEnd" : "actual"));
        if (annual) {
            columns.add("halfYear");
        }
        columns.add("source");
        if (!mode.selfOnly()) {
            columns.addAll(List.of("rate", "score"));
        }
        columns.forEach(column -> head.addHeaderCell().setText(getTranslation("appraisal.ui.form.kpi." + column)));
        for (KpiItem item : items) {
            KpiAnswer answer = answers.kpi(item.code());
            loaded.put(item.code(), answer);
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().add(indicator(item));
            row.addDataCell().setText(Formats.number(item.weight().percent(), getLocale()) + " %");
            row.addDataCell().setText(item.unit().in(getLocale()));
            BigDecimal target = answer.target() != null ? answer.target() : item.target();
            row.addDataCell().add(field(targets, item, target, mode.score()));
            row.addDataCell().add(field(actuals, item, answer.actual(), mode.editing()));
            if (annual) {
                row.addDataCell().add(field(halfYears, item, answer.halfYearActual(), mode.editing()));
            }
            row.addDataCell().add(source(answer.source()));
            if (!mode.selfOnly()) {
                KpiResult result = results.get(item.code());
                row.addDataCell().add(cell(rates, item, result == null ? "" : FormTexts.percent(result.rate(),
                        getLocale())));
                row.addDataCell().add(cell(scores, item, result == null ? "" : FormTexts.score(result.score(),
                        getLocale())));
            }
        }
        add(table);
    }

    private Component indicator(KpiItem item) {
        Div cell = new Div(new Span(item.name().in(getLocale())));
        if (item.lowerIsBetter()) {
            Span lower = new Span(getTranslation("appraisal.ui.form.kpi.lowerIsBetter"));
            lower.addClassName("secondary");
            cell.add(new Div(lower));
        }
        if (item.assessingDepartment() != null) {
            Span department = new Span(getTranslation("appraisal.ui.form.kpi.assessedBy",
                    item.assessingDepartment().in(getLocale())));
            department.addClassName("secondary");
            cell.add(new Div(department));
        }
        return cell;
    }

    private BigDecimalField field(Map<String, BigDecimalField> fields, KpiItem item, BigDecimal value,
            boolean editable) {
        BigDecimalField field = new BigDecimalField();
        field.setValue(value);
        field.setReadOnly(!editable);
        field.setAriaLabel(item.name().in(getLocale()));
        field.addClassName("appraisal-kpi-field");
        fields.put(item.code(), field);
        return field;
    }

    private Span source(KpiSource source) {
        Span badge = new Span(getTranslation("appraisal.kpiSource." + source.name()));
        badge.getElement().getThemeList().add(source == KpiSource.TYPED ? "badge contrast" : "badge");
        return badge;
    }

    private static Span cell(Map<String, Span> cells, KpiItem item, String text) {
        Span span = new Span(text);
        cells.put(item.code(), span);
        return span;
    }

    /** The rows as typed; an actual filled from the portal keeps its source until someone types another. */
    Map<String, KpiAnswer> answers() {
        Map<String, KpiAnswer> typed = new LinkedHashMap<>();
        loaded.forEach((code, old) -> {
            BigDecimal actual = actuals.get(code).getValue();
            boolean unchanged = old.actual() != null && actual != null && old.actual().compareTo(actual) == 0;
            BigDecimalField halfYear = halfYears.get(code);
            typed.put(code, new KpiAnswer(targets.get(code).getValue(), actual,
                    halfYear == null ? null : halfYear.getValue(), unchanged ? old.source() : KpiSource.TYPED));
        });
        return typed;
    }
}
