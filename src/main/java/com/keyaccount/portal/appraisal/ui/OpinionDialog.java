package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.FormDetail.OpinionView;
import com.keyaccount.portal.appraisal.ScoreRange;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.Map;

/** A related department's signed opinion on a form: a comment, required, and a score within the template's range. */
class OpinionDialog extends Dialog {

    final TextArea comment = new TextArea();
    final BigDecimalField score = new BigDecimalField();
    final Button confirm;

    OpinionDialog(AppraisalFormService forms, OpinionView opinion, Runnable done) {
        setHeaderTitle(getTranslation("appraisal.ui.form.opinion.dialogTitle",
                opinion.entry().departmentLabel().in(getLocale())));
        comment.setLabel(getTranslation("appraisal.ui.form.opinion.comment"));
        comment.setRequiredIndicatorVisible(true);
        comment.setMaxLength(AppraisalFormService.MAX_TEXT);
        comment.setWidthFull();
        add(comment);
        if (opinion.scored()) {
            score.setLabel(getTranslation("appraisal.ui.form.opinion.scoreField"));
            score.setHelperText(getTranslation("appraisal.ui.form.range", FormTexts.range(
                    new ScoreRange(opinion.min(), opinion.max(), false), getLocale())));
            score.setRequiredIndicatorVisible(true);
            score.setWidthFull();
            add(score);
        }
        confirm = new Button(getTranslation("appraisal.ui.form.opinion.sign"), click -> {
            if (!valid(opinion)) {
                return;
            }
            try {
                forms.giveOpinion(opinion.id(), opinion.version(), comment.getValue(),
                        opinion.scored() ? score.getValue() : null);
                close();
                done.run();
            } catch (BusinessException e) {
                UiErrors.show(e, Map.of("comment", comment, "score", score));
            } catch (RuntimeException e) {
                close();
                UiErrors.showNotification(e);
                done.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }

    private boolean valid(OpinionView opinion) {
        boolean valid = true;
        if (comment.getValue().isBlank()) {
            comment.setErrorMessage(getTranslation("appraisal.opinion.commentRequired"));
            comment.setInvalid(true);
            valid = false;
        }
        BigDecimal value = score.getValue();
        if (opinion.scored() && (value == null || value.compareTo(opinion.min()) < 0
                || value.compareTo(opinion.max()) > 0)) {
            score.setErrorMessage(getTranslation("appraisal.ui.form.opinion.scoreRange",
                    FormTexts.score(opinion.min(), getLocale()), FormTexts.score(opinion.max(), getLocale())));
            score.setInvalid(true);
            valid = false;
        }
        return valid;
    }
}
