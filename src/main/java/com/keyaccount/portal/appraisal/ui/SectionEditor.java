package com.keyaccount.portal.appraisal.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.List;

/**
 * One section in the form designer: title in both languages, the optional weight (the "()" of the paper forms), its
 * items in order, and the buttons to move or remove it (removal asks first) and to add items of the five kinds.
 */
final class SectionEditor extends Div {

    final SectionDraft section;
    final BigDecimalField weight;
    final MenuBar addItem = new MenuBar();
    final List<ItemCard> cards;

    SectionEditor(DesignerContext context, SectionDraft section, int number) {
        this.section = section;
        addClassName("designer-section");
        List<SectionDraft> sections = context.draft.sections;
        Span code = new Span(section.code);
        code.getElement().getThemeList().add("badge small");
        H3 heading = new H3(context.getTranslation("appraisal.designer.sectionNumber", number));
        add(DesignerContext.row(heading, code,
                context.iconButton(VaadinIcon.ARROW_UP, "appraisal.designer.moveUp", () -> {
                    DesignerContext.move(sections, section, -1);
                    context.rebuild();
                }),
                context.iconButton(VaadinIcon.ARROW_DOWN, "appraisal.designer.moveDown", () -> {
                    DesignerContext.move(sections, section, 1);
                    context.rebuild();
                }),
                context.iconButton(VaadinIcon.TRASH, "appraisal.designer.removeSection",
                        () -> confirmRemoval(context, context.getTranslation("appraisal.designer.sectionNumber",
                                number), () -> sections.remove(section)))));

        weight = context.decimal(context.getTranslation("appraisal.designer.sectionWeight"), () -> section.weight,
                value -> section.weight = value);
        weight.setHelperText(context.getTranslation("appraisal.designer.sectionWeightHelp"));
        add(DesignerContext.row(context.wording("appraisal.designer.sectionTitle", section.title), weight,
                context.defaultBadge(section::weightDefault)));

        cards = section.items.stream().map(item -> new ItemCard(context, section, item)).toList();
        cards.forEach(this::add);

        addItem.addThemeVariants(MenuBarVariant.LUMO_SMALL);
        var root = addItem.addItem(context.getTranslation("appraisal.designer.addItem"));
        for (ItemDraft.Kind kind : ItemDraft.Kind.values()) {
            root.getSubMenu().addItem(context.getTranslation("appraisal.designer.kind." + kind.name()), click -> {
                ItemDraft item = newItem(kind, context.draft.newCode(prefix(kind)));
                section.items.add(item);
                context.unfolded.add(item);
                context.rebuild();
            });
        }
        addItem.setVisible(!context.readOnly);
        add(addItem);
    }

    /** Asks before removing a section or an item, then removes it and rebuilds the designer. */
    static void confirmRemoval(DesignerContext context, String what, Runnable removal) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(context.getTranslation("appraisal.designer.removeTitle"));
        dialog.setText(context.getTranslation("appraisal.designer.removeText", what));
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("common.cancel"));
        dialog.setConfirmText(context.getTranslation("appraisal.designer.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            removal.run();
            context.rebuild();
        });
        dialog.open();
    }

    static ItemDraft newItem(ItemDraft.Kind kind, String code) {
        return switch (kind) {
            case BANDED -> BandedDraft.create(code);
            case KPI -> KpiDraft.create(code);
            case TEXT -> TextItemDraft.create(code);
            case OPINION -> OpinionDraft.create(code);
            case COMPOSITE -> CompositeDraft.create(code);
        };
    }

    private static String prefix(ItemDraft.Kind kind) {
        return switch (kind) {
            case BANDED -> "B";
            case KPI -> "K";
            case TEXT -> "T";
            case OPINION -> "O";
            case COMPOSITE -> "C";
        };
    }
}
