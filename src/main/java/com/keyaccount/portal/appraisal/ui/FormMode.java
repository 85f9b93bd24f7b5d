package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.FormDetail;

/**
 * What the form's editors let the signed-in person do.
 *
 * @param editSelf write the self-assessment (own bands, KPI actuals, texts and remarks)
 * @param score    enter the reviewer's scores, comments and KPI figures
 * @param selfOnly the person sees only the employee's part (no scores, comments or results)
 */
record FormMode(boolean editSelf, boolean score, boolean selfOnly) {

    static FormMode of(FormDetail detail) {
        return new FormMode(detail.allowed().editSelf(), detail.allowed().score(), detail.selfOnly());
    }

    boolean editing() {
        return editSelf || score;
    }
}
