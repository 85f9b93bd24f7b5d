package com.keyaccount.portal.appraisal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One item of a section in the form designer: its kind and code, move and remove buttons, and the kind's editor. */
final class ItemCard extends Div {

    final ItemDraft item;
    final Component editor;

    ItemCard(DesignerContext context, SectionDraft section, ItemDraft item) {
        this.item = item;
        addClassName("designer-item");
        Span kind = new Span(context.getTranslation("appraisal.designer.kind." + item.kind().name()));
        kind.getElement().getThemeList().add("badge");
        Span code = new Span(item.code);
        code.getElement().getThemeList().add("badge small");
        add(DesignerContext.row(kind, code,
                context.iconButton(VaadinIcon.ARROW_UP, "appraisal.designer.moveUp",
                        () -> {
                            DesignerContext.move(section.items, item, -1);
                            context.rebuild();
                        }),
                context.iconButton(VaadinIcon.ARROW_DOWN, "appraisal.designer.moveDown", () -> {
                    DesignerContext.move(section.items, item, 1);
                    context.rebuild();
                }),
                context.iconButton(VaadinIcon.TRASH, "appraisal.designer.removeItem",
                        () -> SectionEditor.confirmRemoval(context, item.code, () -> section.items.remove(item)))));
        editor = switch (item) {
            case BandedDraft banded -> new BandedEditor(context, banded);
            case KpiDraft kpi -> new KpiEditor(context, kpi);
            case ScoredListDraft list -> new ScoredListEditor(context, list);
            case CompositeDraft composite -> new CompositeEditor(context, composite);
        };
        add(editor);
    }
}
