package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.base.ui.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * Asks for what a new template needs before the designer opens: a code (upper-case letters, digits, underscores),
 * its title in both languages and, for a new template, the period. Used by "new template" and "copy".
 */
final class TemplateNameDialog extends Dialog {

    /** What the dialog does with the answers; a refusal is shown on its field and the dialog stays open. */
    interface Action {
        void run(String code, LocalizedText name, PeriodKind period);
    }

    final TextField code = new TextField();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final Select<PeriodKind> period = new Select<>();
    final Button confirm = new Button();

    TemplateNameDialog(String titleKey, PeriodKind initialPeriod, boolean choosePeriod, Action action) {
        setHeaderTitle(getTranslation(titleKey));
        code.setLabel(getTranslation("appraisal.designer.code"));
        code.setHelperText(getTranslation("appraisal.designer.codeHelp"));
        code.setRequired(true);
        nameZh.setLabel(getTranslation("appraisal.designer.inChinese", getTranslation("appraisal.designer.templateName")));
        nameEn.setLabel(getTranslation("appraisal.designer.inEnglish", getTranslation("appraisal.designer.templateName")));
        nameZh.setRequired(true);
        nameEn.setRequired(true);
        period.setLabel(getTranslation("appraisal.designer.period"));
        period.setItems(PeriodKind.values());
        period.setItemLabelGenerator(kind -> getTranslation("appraisal.period." + kind.name()));
        period.setValue(initialPeriod);
        period.setVisible(choosePeriod);
        add(new FormLayout(code, nameZh, nameEn, period));

        confirm.setText(getTranslation("appraisal.designer.create"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> submit(action));
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }

    private void submit(Action action) {
        if (nameZh.getValue().isBlank() || nameEn.getValue().isBlank()) {
            TextField blank = nameZh.getValue().isBlank() ? nameZh : nameEn;
            blank.setErrorMessage(getTranslation("appraisal.designer.nameRequired"));
            blank.setInvalid(true);
            return;
        }
        try {
            action.run(code.getValue().trim(), LocalizedText.of(nameZh.getValue().trim(), nameEn.getValue().trim()),
                    period.getValue());
            close();
        } catch (RuntimeException refused) {
            UiErrors.show(refused, Map.of("code", code));
        }
    }
}
