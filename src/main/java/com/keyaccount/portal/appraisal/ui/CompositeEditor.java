package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.ProfileKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * A composite (000 大客户经理季度综合考评表, 综合得分): its weighted parts — other sections of the template (绩效得分,
 * 评估得分) and the profile scores (学历分, 工龄分) — then the tables and the salary-grade rule
 * ({@link ProfileTablesEditor}).
 */
final class CompositeEditor extends Div {

    private static final String PROFILE = "profile:";

    final Div parts = new Div();
    final ProfileTablesEditor tables;

    CompositeEditor(DesignerContext context, CompositeDraft composite) {
        add(context.wording("appraisal.designer.compositeName", composite.name));
        add(new H4(context.getTranslation("appraisal.designer.compositeParts")), parts);
        showParts(context, composite);
        tables = new ProfileTablesEditor(context, composite);
        add(tables);
    }

    private void showParts(DesignerContext context, CompositeDraft composite) {
        parts.removeAll();
        for (CompositeDraft.PartDraft part : composite.parts) {
            Select<String> source = new Select<>();
            source.setLabel(context.getTranslation("appraisal.designer.partSource"));
            source.setItems(sources(context, part));
            source.setItemLabelGenerator(value -> label(context, value));
            source.setValue(part.profile != null ? PROFILE + part.profile.name() : part.sectionCode);
            source.setReadOnly(context.readOnly);
            source.setWidth("16em");
            source.addValueChangeListener(event -> {
                String value = event.getValue();
                part.profile = value.startsWith(PROFILE) ? ProfileKind.valueOf(value.substring(PROFILE.length()))
                        : null;
                part.sectionCode = part.profile == null ? value : null;
                showParts(context, composite);
                context.changed();
            });
            Div label = new Div(context.wording("appraisal.designer.partLabel", part.label));
            label.setVisible(part.profile == null);
            parts.add(DesignerContext.row(source, label,
                    context.decimal(context.getTranslation("appraisal.designer.partWeight"), () -> part.weight,
                            value -> part.weight = value),
                    context.defaultBadge(part::isDefault),
                    context.iconButton(VaadinIcon.CLOSE_SMALL, "appraisal.designer.removePart", () -> {
                        composite.parts.remove(part);
                        showParts(context, composite);
                        context.changed();
                    })));
        }
        Button add = new Button(context.getTranslation("appraisal.designer.addPart"), new Icon(VaadinIcon.PLUS),
                click -> {
                    composite.parts.add(new CompositeDraft.PartDraft(null, ProfileKind.EDUCATION,
                            new Wording("", ""), null));
                    showParts(context, composite);
                    context.changed();
                });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setVisible(!context.readOnly);
        parts.add(add);
    }

    /** The sections of the template and the two profile scores; a part naming a missing section keeps its code. */
    private static List<String> sources(DesignerContext context, CompositeDraft.PartDraft part) {
        List<String> sources = new ArrayList<>();
        context.draft.sections.forEach(section -> sources.add(section.code));
        if (part.sectionCode != null && !sources.contains(part.sectionCode)) {
            sources.add(part.sectionCode);
        }
        for (ProfileKind kind : ProfileKind.values()) {
            sources.add(PROFILE + kind.name());
        }
        return sources;
    }

    private static String label(DesignerContext context, String value) {
        if (value.startsWith(PROFILE)) {
            return context.getTranslation("appraisal.profileKind." + value.substring(PROFILE.length()));
        }
        return context.draft.sections.stream().filter(section -> section.code.equals(value)).findFirst()
                .map(section -> value + " · " + context.inLocale(section.title))
                .orElse(value);
    }
}
