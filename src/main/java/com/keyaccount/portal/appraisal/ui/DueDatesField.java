package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.CycleDueDates;
import com.keyaccount.portal.base.ui.LocalizedI18n;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;

/** The due date of each step of a cycle's forms (self-assessment, scoring, opinions, signature, approval). */
class DueDatesField extends CustomField<CycleDueDates> {

    /** Set while the children show a value given from outside, so they do not report it back half-set. */
    private boolean presenting;

    final DatePicker selfAssessment = picker("appraisal.ui.cycle.due.self");
    final DatePicker scoring = picker("appraisal.ui.cycle.due.scoring");
    final DatePicker opinions = picker("appraisal.ui.cycle.due.opinions");
    final DatePicker signature = picker("appraisal.ui.cycle.due.signature");
    final DatePicker approval = picker("appraisal.ui.cycle.due.approval");

    DueDatesField() {
        setLabel(getTranslation("appraisal.ui.cycle.due"));
        FlexLayout row = new FlexLayout(selfAssessment, scoring, opinions, signature, approval);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        add(row);
    }

    private DatePicker picker(String labelKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setI18n(LocalizedI18n.datePicker(getLocale()));
        picker.setClearButtonVisible(true);
        picker.setWidth("11em");
        picker.addValueChangeListener(event -> changed());
        return picker;
    }

    @Override
    protected CycleDueDates generateModelValue() {
        return new CycleDueDates(selfAssessment.getValue(), scoring.getValue(), opinions.getValue(),
                signature.getValue(), approval.getValue());
    }

    private void changed() {
        if (!presenting) {
            updateValue();
        }
    }

    @Override
    protected void setPresentationValue(CycleDueDates due) {
        presenting = true;
        try {
            CycleDueDates shown = due == null ? CycleDueDates.none() : due;
            selfAssessment.setValue(shown.selfAssessment());
            scoring.setValue(shown.scoring());
            opinions.setValue(shown.opinions());
            signature.setValue(shown.signature());
            approval.setValue(shown.approval());
        } finally {
            presenting = false;
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        List.of(selfAssessment, scoring, opinions, signature, approval).forEach(p -> p.setReadOnly(readOnly));
    }
}
