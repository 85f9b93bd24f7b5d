package com.keyaccount.portal.appraisal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the 000 evaluation tables (能力素质指标评价参照标准, 员工态度协作指标评价标准, 大客户经理管理协作指标评价标准,
 * 大客户经理管理绩效评定表): an indicator in a group (人际交往能力, 影响力 …) with four {@link Band}s, best first. The reviewer
 * picks a band and a score inside its range ({@link BandScoring}). The bands' order and ranges are checked by
 * {@link TemplateValidator}.
 *
 * @param code        stable code, unique in the template
 * @param name        the indicator (指标), e.g. 关系建立
 * @param group       the ability it belongs to (能力), e.g. 人际交往能力; null when the table has no groups
 * @param explanation what the indicator means (the 说明 of 大客户经理能力要求说明书); null when the table gives none
 * @param bands       EXCEEDS, MEETS, APPROACHES and FAR_BELOW in that order
 */
public record BandedIndicator(String code, LocalizedText name, LocalizedText group, String explanation,
        List<Band> bands) implements ItemDefinition {

    public BandedIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        bands = List.copyOf(bands);
    }

    /** The band of one level, if the indicator has it. */
    public Optional<Band> band(BandLevel level) {
        return bands.stream().filter(band -> band.level() == level).findFirst();
    }
}
