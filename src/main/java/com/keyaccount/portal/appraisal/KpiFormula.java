package com.keyaccount.portal.appraisal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a KPI's completion rate (完成率) becomes its score (得分); the 000 forms print the columns 完成率 and 得分 but no rule
 * between them (RULES 7.6 gap), so the designer chooses one per item. {@link KpiScoring} applies it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = KpiFormula.Linear.class, name = "linear"),
    @JsonSubTypes.Type(value = KpiFormula.BandedByRate.class, name = "bandedByRate")
})
public sealed interface KpiFormula permits KpiFormula.Linear, KpiFormula.BandedByRate {

    /** The formula's kind, for storage and the designer's choice. */
    Kind kind();

    /** The two formulas. */
    enum Kind {
        LINEAR, BANDED_BY_RATE
    }

    /** score = weight × min(rate, cap), never below 0. */
    record Linear() implements KpiFormula {

        @Override
        public Kind kind() {
            return Kind.LINEAR;
        }
    }

    /**
     * score = weight × the factor of the highest step whose {@code minRate} the rate reaches; 0 below the lowest step.
     *
     * @param steps ascending by {@code minRate}, factors not decreasing (checked by {@link TemplateValidator})
     */
    record BandedByRate(List<RateStep> steps) implements KpiFormula {

        public BandedByRate {
            steps = List.copyOf(steps);
        }

        @Override
        public Kind kind() {
            return Kind.BANDED_BY_RATE;
        }
    }

    /**
     * One step of a {@link BandedByRate} formula: from {@code minRate} on (e.g. 0.9000 = 90 %) the item earns
     * {@code factor} × its weight (e.g. 0.80).
     */
    record RateStep(BigDecimal minRate, BigDecimal factor) {

        public RateStep {
            Objects.requireNonNull(minRate, "minRate");
            Objects.requireNonNull(factor, "factor");
        }

        public static RateStep of(String minRate, String factor) {
            return new RateStep(new BigDecimal(minRate), new BigDecimal(factor));
        }
    }
}
