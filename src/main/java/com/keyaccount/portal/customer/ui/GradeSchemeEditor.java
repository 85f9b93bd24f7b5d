package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.GradeRecomputation;
import com.keyaccount.portal.customer.GradeScheme;
import com.keyaccount.portal.customer.GradeSchemeRules;
import com.keyaccount.portal.customer.GradeThresholdRow;
import com.keyaccount.portal.customer.GradeThresholdService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Edits one grade scheme's rules in evaluation order: add, remove, move, save. The service validates, refuses a scheme
 * someone else saved meanwhile, and regrades every customer; the notification says how many changed.
 */
class GradeSchemeEditor extends VerticalLayout {

    final VerticalLayout rows = new VerticalLayout();
    final List<GradeRuleRow> ruleRows = new ArrayList<>();
    final Button addRule = new Button();
    final Button save = new Button();

    private final GradeThresholdService thresholds;
    private final GradeScheme scheme;
    private GradeSchemeRules loaded;

    GradeSchemeEditor(GradeThresholdService thresholds, GradeScheme scheme) {
        this.thresholds = thresholds;
        this.scheme = scheme;
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        addRule.setText(getTranslation("customer.grades.rule.add"));
        addRule.addClickListener(click -> {
            addRow(new GradeThresholdRow(scheme.grades().getLast(), null, null, null, null, Set.of()));
            renumber();
        });
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new H3(getTranslation(scheme.nameKey())),
                new Paragraph(getTranslation("customer.grades.rules.help." + scheme.name())), rows,
                new HorizontalLayout(addRule, save));
        load();
    }

    void load() {
        loaded = thresholds.load(scheme);
        ruleRows.clear();
        loaded.rows().forEach(this::addRow);
        renumber();
    }

    private void addRow(GradeThresholdRow rule) {
        GradeRuleRow row = new GradeRuleRow(scheme, rule);
        row.up.addClickListener(click -> move(row, -1));
        row.down.addClickListener(click -> move(row, 1));
        row.remove.addClickListener(click -> {
            ruleRows.remove(row);
            renumber();
        });
        ruleRows.add(row);
    }

    void move(GradeRuleRow row, int by) {
        int from = ruleRows.indexOf(row);
        int to = from + by;
        if (to >= 0 && to < ruleRows.size()) {
            ruleRows.remove(from);
            ruleRows.add(to, row);
            renumber();
        }
    }

    private void renumber() {
        rows.removeAll();
        for (int i = 0; i < ruleRows.size(); i++) {
            ruleRows.get(i).number(i + 1, ruleRows.size());
            rows.add(ruleRows.get(i));
        }
    }

    void save() {
        try {
            GradeRecomputation result = thresholds.save(new GradeSchemeRules(scheme, loaded.version(),
                    ruleRows.stream().map(GradeRuleRow::draft).toList(), null, null));
            UiErrors.showSuccess(getTranslation("customer.grades.rulesSaved", result.customers(), result.changed()));
            load();
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
    }
}
