package com.keyaccount.portal.appraisal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One item of a template section, of one of the five kinds the 000 forms use: a banded indicator of the evaluation
 * tables (能力素质指标评价参照标准 and its siblings), a KPI row (销售经理年度考核表, the monthly forms), a text section of
 * the quarterly self-reports (述职考评表), the related departments' opinions (相关部门意见) and the composite of
 * 大客户经理季度综合考评表. Codes are unique in a template so forms and composites can refer to items.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = BandedIndicator.class, name = "banded"),
    @JsonSubTypes.Type(value = KpiItem.class, name = "kpi"),
    @JsonSubTypes.Type(value = TextSection.class, name = "text"),
    @JsonSubTypes.Type(value = DepartmentOpinion.class, name = "opinion"),
    @JsonSubTypes.Type(value = Composite.class, name = "composite")
})
public sealed interface ItemDefinition permits BandedIndicator, KpiItem, TextSection, DepartmentOpinion, Composite {

    /** Stable code, unique in the template. */
    String code();

    /** The item's name in both languages. */
    LocalizedText name();
}
