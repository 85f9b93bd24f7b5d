package com.keyaccount.portal.appraisal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One item of a section in the form designer, folded to a line — kind, code, name, a "默认值" badge while any value of
 * it is a default, move and remove buttons — and unfolded to the kind's editor. A new item opens unfolded.
 */
final class ItemCard extends Details {

    final ItemDraft item;
    final Component editor;
    final Span name = new Span();

    ItemCard(DesignerContext context, SectionDraft section, ItemDraft item) {
        this.item = item;
        addClassName("designer-item");
        Span kind = new Span(context.getTranslation("appraisal.designer.kind." + item.kind().name()));
        kind.getElement().getThemeList().add("badge");
        Span code = new Span(item.code);
        code.getElement().getThemeList().add("badge small contrast");
        name.addClassName("designer-item-name");
        context.onRefresh(() -> name.setText(context.inLocale(item.name)));
        setSummary(DesignerContext.row(kind, name, code, context.defaultBadge(item::hasDefaults),
                inSummary(context.iconButton(VaadinIcon.ARROW_UP, "appraisal.designer.moveUp", () -> {
                    DesignerContext.move(section.items, item, -1);
                    context.rebuild();
                })),
                inSummary(context.iconButton(VaadinIcon.ARROW_DOWN, "appraisal.designer.moveDown", () -> {
                    DesignerContext.move(section.items, item, 1);
                    context.rebuild();
                })),
                inSummary(context.iconButton(VaadinIcon.TRASH, "appraisal.designer.removeItem",
                        () -> SectionEditor.confirmRemoval(context, item.code, () -> section.items.remove(item))))));
        editor = switch (item) {
            case BandedDraft banded -> new BandedEditor(context, banded);
            case KpiDraft kpi -> new KpiEditor(context, kpi);
            case ScoredListDraft list -> new ScoredListEditor(context, list);
            case CompositeDraft composite -> new CompositeEditor(context, composite);
        };
        add(editor);
        setOpened(context.unfolded.contains(item));
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                context.unfolded.add(item);
            } else {
                context.unfolded.remove(item);
            }
        });
    }

    /** A button in the summary acts without folding or unfolding the item. */
    private static Button inSummary(Button button) {
        button.getElement().addEventListener("click", event -> {
        }).stopPropagation();
        return button;
    }
}
