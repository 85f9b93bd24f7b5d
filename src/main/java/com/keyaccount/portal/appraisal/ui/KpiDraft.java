package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.KpiFormula;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A KPI row being edited: indicator, weight, unit, target, direction, cap, formula and assessing department. */
final class KpiDraft extends ItemDraft {

    BigDecimal weight;
    final Wording unit;
    BigDecimal target;
    boolean lowerIsBetter;
    BigDecimal cap;
    KpiFormula.Kind formula;
    final List<StepDraft> steps = new ArrayList<>();
    final Wording assessingDepartment;
    private final Weight shippedWeight;

    private KpiDraft(String code, Wording name, Weight shippedWeight, Wording unit, Wording assessingDepartment) {
        super(code, name);
        this.shippedWeight = shippedWeight;
        this.weight = shippedWeight == null ? null : shippedWeight.percent();
        this.unit = unit;
        this.assessingDepartment = assessingDepartment;
    }

    static KpiDraft from(KpiItem kpi) {
        KpiDraft draft = new KpiDraft(kpi.code(), Wording.of(kpi.name()), kpi.weight(), Wording.of(kpi.unit()),
                Wording.of(kpi.assessingDepartment()));
        draft.target = kpi.target();
        draft.lowerIsBetter = kpi.lowerIsBetter();
        draft.cap = kpi.cap();
        draft.formula = kpi.formula().kind();
        if (kpi.formula() instanceof KpiFormula.BandedByRate banded) {
            banded.steps().forEach(step -> draft.steps.add(new StepDraft(step.minRate(), step.factor())));
        }
        return draft;
    }

    static KpiDraft create(String code) {
        KpiDraft draft = new KpiDraft(code, new Wording("", ""), null, new Wording("", ""), new Wording("", ""));
        draft.cap = KpiItem.DEFAULT_CAP;
        draft.formula = KpiFormula.Kind.LINEAR;
        return draft;
    }

    boolean weightDefault() {
        return DraftConversion.isDefault(weight, shippedWeight);
    }

    @Override
    Kind kind() {
        return Kind.KPI;
    }

    @Override
    boolean hasDefaults() {
        return weightDefault();
    }

    @Override
    ItemDefinition toRecord(DraftConversion conversion) {
        KpiFormula record = formula == KpiFormula.Kind.LINEAR ? new KpiFormula.Linear()
                : new KpiFormula.BandedByRate(steps.stream().map(step -> new KpiFormula.RateStep(
                        conversion.number(step.minRate, code), conversion.number(step.factor, code))).toList());
        return new KpiItem(code, conversion.text(name, code), conversion.weight(weight, shippedWeight, code),
                conversion.text(unit, code), target, lowerIsBetter, conversion.number(cap, code), record,
                conversion.optionalText(assessingDepartment, code));
    }

    /** One step of a formula banded by completion rate: from {@code minRate} on, {@code factor} × weight. */
    static final class StepDraft {

        BigDecimal minRate;
        BigDecimal factor;

        StepDraft(BigDecimal minRate, BigDecimal factor) {
            this.minRate = minRate;
            this.factor = factor;
        }
    }
}
