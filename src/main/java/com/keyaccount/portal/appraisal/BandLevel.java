package com.keyaccount.portal.appraisal;

/**
 * The four columns of the 000 evaluation tables, best first: 超出目标 (in 能力素质指标评价参照标准: 满意达成目标),
 * 达到目标, 接近目标, 远低于目标. The reviewer picks one per indicator and a score inside its range.
 */
public enum BandLevel {
    /** 超出目标; 满意达成目标 in the competency table. */
    EXCEEDS,
    /** 达到目标. */
    MEETS,
    /** 接近目标. */
    APPROACHES,
    /** 远低于目标 (printed "分以下": below the next band). */
    FAR_BELOW
}
