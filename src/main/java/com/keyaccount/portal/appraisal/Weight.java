package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weight in percent points (30 = 30 %): of a section in its template (the "()" the 000 forms print after each
 * section title), of a KPI in its section (销售经理年度考核表 指标权重) or of a part of a composite
 * (大客户经理季度综合考评表). The source printed every one of them empty, so the shipped values are chosen defaults.
 *
 * @param percent      the weight, 0 &lt; percent ≤ 100 (checked by {@link TemplateValidator})
 * @param defaultValue true when the figure is the portal's default because the source lost it ("()"), false when a
 *                     designer set it
 */
public record Weight(BigDecimal percent, boolean defaultValue) {

    public Weight {
        Objects.requireNonNull(percent, "percent");
    }

    /** A weight a designer set. */
    public static Weight of(String percent) {
        return new Weight(new BigDecimal(percent), false);
    }

    /** A weight the portal chose because the source printed "()". */
    public static Weight defaultOf(String percent) {
        return new Weight(new BigDecimal(percent), true);
    }
}
