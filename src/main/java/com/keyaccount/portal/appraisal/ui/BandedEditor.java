package com.keyaccount.portal.appraisal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;

/**
 * A banded indicator (能力素质指标评价参照标准 and its siblings): indicator and group names, the explanation, and per band
 * (超出目标 / 达到目标 / 接近目标 / 远低于目标) the source's description and the score range.
 */
final class BandedEditor extends Div {

    final List<BandRow> bands = new ArrayList<>();

    BandedEditor(DesignerContext context, BandedDraft indicator) {
        add(DesignerContext.row(context.wording("appraisal.designer.indicatorName", indicator.name),
                context.wording("appraisal.designer.indicatorGroup", indicator.group)));
        TextArea explanation = new TextArea(context.getTranslation("appraisal.designer.explanation"));
        explanation.setValue(indicator.explanation == null ? "" : indicator.explanation);
        explanation.setReadOnly(context.readOnly);
        explanation.setWidthFull();
        explanation.addValueChangeListener(event -> {
            indicator.explanation = event.getValue();
            context.changed();
        });
        add(explanation);
        for (BandedDraft.BandDraft band : indicator.bands) {
            BandRow row = new BandRow(context, band);
            bands.add(row);
            add(row);
        }
    }

    /** One band: its level, description and score range with the default badge. */
    static final class BandRow extends Div {

        final TextArea description;
        final BigDecimalField min;
        final BigDecimalField max;

        BandRow(DesignerContext context, BandedDraft.BandDraft band) {
            addClassName("designer-band");
            Span level = new Span(context.getTranslation("appraisal.band." + band.level.name()));
            level.addClassName("designer-band-level");
            description = new TextArea(context.getTranslation("appraisal.designer.bandDescription"));
            description.setValue(band.description == null ? "" : band.description);
            description.setReadOnly(context.readOnly);
            description.setWidth("28em");
            description.addValueChangeListener(event -> {
                band.description = event.getValue();
                context.changed();
            });
            min = context.decimal(context.getTranslation("appraisal.designer.min"), () -> band.min,
                    value -> band.min = value);
            max = context.decimal(context.getTranslation("appraisal.designer.max"), () -> band.max,
                    value -> band.max = value);
            add(DesignerContext.row(level, description, min, max, context.defaultBadge(band::isDefault)));
        }
    }
}
