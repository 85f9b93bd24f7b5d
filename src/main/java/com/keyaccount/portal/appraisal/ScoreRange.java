package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An inclusive score range {@code min..max}: of a band (the "~分" the 000 evaluation tables print under 超出目标,
 * 达到目标 and 接近目标, and "分以下" under 远低于目标), of a text section or of a department's opinion. Every range
 * of the source was printed empty, so the shipped ones are chosen defaults. Whether min ≤ max is checked by
 * {@link TemplateValidator}, so a designer's mistake is reported, not thrown.
 *
 * @param min          lowest score allowed
 * @param max          highest score allowed
 * @param defaultValue true when the portal chose the range because the source lost it
 */
public record ScoreRange(BigDecimal min, BigDecimal max, boolean defaultValue) {

    public ScoreRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    /** A range a designer set. */
    public static ScoreRange of(String min, String max) {
        return new ScoreRange(new BigDecimal(min), new BigDecimal(max), false);
    }

    /** A range the portal chose because the source printed "~分". */
    public static ScoreRange defaultOf(String min, String max) {
        return new ScoreRange(new BigDecimal(min), new BigDecimal(max), true);
    }

    /** Whether {@code score} lies in the range, both ends included. */
    public boolean contains(BigDecimal score) {
        return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
    }

    /** Whether min ≤ max. */
    public boolean isOrdered() {
        return min.compareTo(max) <= 0;
    }
}
