package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.DistributionRule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Confirms approving the selected forms. When the cycle's distribution rule is exceeded it says so and approves only
 * after the department head ticks that they approve anyway.
 */
class BulkApproveDialog extends Dialog {

    final Paragraph warningText = new Paragraph();
    final Checkbox acknowledge = new Checkbox();
    final Button confirm = new Button();

    BulkApproveDialog(int forms, Optional<DistributionRule.Warning> warning, Consumer<Boolean> approve) {
        setHeaderTitle(getTranslation("appraisal.ui.calibration.approveTitle"));
        add(new Paragraph(getTranslation("appraisal.ui.calibration.approveText", forms)));
        warning.ifPresent(w -> {
            warningText.setText(getTranslation("appraisal.ui.calibration.warning", w.excellent(), w.scored(),
                    w.percent().toPlainString(), w.maxPercent().stripTrailingZeros().toPlainString()));
            warningText.getElement().getThemeList().add("badge error");
            acknowledge.setLabel(getTranslation("appraisal.ui.calibration.acknowledge"));
            acknowledge.addValueChangeListener(e -> confirm.setEnabled(e.getValue()));
            add(warningText, acknowledge);
        });
        confirm.setText(getTranslation("appraisal.ui.calibration.approve"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(warning.isEmpty());
        confirm.addClickListener(click -> {
            close();
            approve.accept(warning.isPresent() && acknowledge.getValue());
        });
        getFooter().add(new Button(getTranslation("appraisal.ui.calibration.cancel"), click -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }
}
