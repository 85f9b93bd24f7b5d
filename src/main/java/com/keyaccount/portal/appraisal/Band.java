package com.keyaccount.portal.appraisal;

import java.util.Objects;

/**
 * One column of an evaluation table row of 000 (e.g. 能力素质指标评价参照标准, 关系建立, 满意达成目标: 容易与他人建立可信赖的积极发展的长期关系):
 * the level, the source's description verbatim and the score range a reviewer may give when choosing it.
 *
 * @param level       which column
 * @param description the source's wording, verbatim; empty where the source describes no bands (the nine abilities
 *                    of 大客户经理能力要求说明书, the 日常工作指标 of 销售代表月度考核表)
 * @param range       the scores allowed in this band
 */
public record Band(BandLevel level, String description, ScoreRange range) {

    public Band {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(range, "range");
    }
}
