package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A KPI row of 000 销售经理年度考核表 (指标类别, 指标权重, 目标值, 考核部门, 半年期结果, 年终结果, 年终得分) and of the monthly forms
 * (区域经理月度考核表, 销售代表月度考核表: 目标量, 实际量, 完成率, 得分). Its score is {@link KpiScoring}'s: completion rate =
 * actual ÷ target (target ÷ actual when lower is better, as 销售费用率 and 新客户开发成本), capped, then the formula.
 * The weights of the KPIs of one section sum to 100 ({@link TemplateValidator}).
 *
 * @param code                stable code, unique in the template
 * @param name                the indicator (指标类别), e.g. 新产品销售率
 * @param weight              指标权重 in percent points of the section
 * @param unit                the unit of target and actual (元, %, 家 …)
 * @param target              the template's default target (目标值/目标量); null when set per form, as on paper
 * @param lowerIsBetter       true for costs and ratios to keep low (销售费用率, 新客户开发成本)
 * @param cap                 the highest completion rate that counts, e.g. 1.20 for 120 %; at least 1
 * @param formula             how the capped rate becomes the score
 * @param assessingDepartment 考核部门; null when the form has no such column
 */
public record KpiItem(String code, LocalizedText name, Weight weight, LocalizedText unit, BigDecimal target,
        boolean lowerIsBetter, BigDecimal cap, KpiFormula formula, LocalizedText assessingDepartment)
        implements ItemDefinition {

    /** The cap the shipped templates use: a completion rate counts up to 120 % (a default; the source gives none). */
    public static final BigDecimal DEFAULT_CAP = new BigDecimal("1.20");

    public KpiItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(formula, "formula");
    }
}
