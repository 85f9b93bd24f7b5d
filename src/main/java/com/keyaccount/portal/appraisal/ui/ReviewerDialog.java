package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.CycleParticipant;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.org.EmployeeOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Changes the reviewer (考评人) of one participant; the service's refusal is shown on the field. */
class ReviewerDialog extends Dialog {

    final ComboBox<EmployeeOption> reviewer = new ComboBox<>();
    final Button save = new Button();

    ReviewerDialog(CycleParticipant participant, List<EmployeeOption> people, LongConsumer change) {
        setHeaderTitle(getTranslation("appraisal.ui.cycle.reviewerTitle", participant.employeeName()));
        reviewer.setLabel(getTranslation("appraisal.ui.cycle.reviewer"));
        reviewer.setItems(people);
        reviewer.setItemLabelGenerator(EmployeeOption::label);
        people.stream().filter(p -> p.id() == participant.reviewerId()).findFirst().ifPresent(reviewer::setValue);
        reviewer.setWidthFull();
        add(reviewer);
        save.setText(getTranslation("appraisal.ui.cycle.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (reviewer.getValue() == null) {
                reviewer.setErrorMessage(getTranslation("appraisal.ui.cycle.reviewerRequired"));
                reviewer.setInvalid(true);
                return;
            }
            try {
                change.accept(reviewer.getValue().id());
                close();
            } catch (BusinessException e) {
                UiErrors.show(e, Map.of("reviewer", reviewer));
            } catch (RuntimeException e) {
                UiErrors.showNotification(e);
            }
        });
        getFooter().add(new Button(getTranslation("appraisal.ui.cycle.cancel"), click -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
