package com.keyaccount.portal.approval.ui;

import com.keyaccount.portal.approval.Decision;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;

/** Confirms a decision; rejecting and returning need a comment, shown on the field when it is missing. */
class DecisionDialog extends Dialog {

    final TextArea comment = new TextArea();
    final Button confirm;

    DecisionDialog(Decision decision, Consumer<String> action) {
        setHeaderTitle(getTranslation("approval.decision." + decision.name()));
        comment.setLabel(getTranslation(decision.needsComment() ? "approval.commentRequiredLabel" : "approval.comment"));
        comment.setRequiredIndicatorVisible(decision.needsComment());
        comment.setMaxLength(Decision.MAX_COMMENT);
        comment.setWidthFull();
        confirm = new Button(getTranslation("approval.confirm." + decision.name()), click -> {
            if (decision.needsComment() && comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("approval.commentRequired"));
                comment.setInvalid(true);
                return;
            }
            try {
                action.accept(comment.getValue());
                close();
            } catch (BusinessException e) {
                UiErrors.show(e, Map.of("comment", comment));
            } catch (RuntimeException e) {
                close();
                UiErrors.showNotification(e);
            }
        });
        confirm.addThemeVariants(decision == Decision.APPROVE ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("approval.cancel"), click -> close());
        add(new Paragraph(getTranslation("approval.confirmText." + decision.name())), comment);
        getFooter().add(cancel, confirm);
        setWidth("min(30rem, 95vw)");
    }
}
