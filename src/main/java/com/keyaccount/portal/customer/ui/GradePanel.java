package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.customer.CustomerGradeService;
import com.keyaccount.portal.customer.CustomerGrades;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.GradeHistoryEntry;
import com.keyaccount.portal.customer.GradeInputs;
import com.keyaccount.portal.customer.GradeScheme;
import com.keyaccount.portal.customer.SchemeGrade;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * The archive's grades: for each scheme (001 一篇 第3条 A1–D; 002 三 AAA–B) the computed and the effective grade, an
 * override's reason, author and time; the twelve months' figures they come from; supervisors override or clear an
 * override; the history of every change. Mounted by the archive page.
 */
public class GradePanel extends VerticalLayout {

    final Paragraph inputs = new Paragraph();
    final Map<GradeScheme, Span> computed = new EnumMap<>(GradeScheme.class);
    final Map<GradeScheme, Span> effective = new EnumMap<>(GradeScheme.class);
    final Map<GradeScheme, Span> overrideNote = new EnumMap<>(GradeScheme.class);
    final Map<GradeScheme, Button> override = new EnumMap<>(GradeScheme.class);
    final Map<GradeScheme, Button> clear = new EnumMap<>(GradeScheme.class);
    final Grid<GradeHistoryEntry> history = new Grid<>();

    private final CustomerGradeService grades;
    private final long customerId;
    private final CustomerPermissions permissions;
    private CustomerGrades current;
    private ZoneId zone = ZoneId.systemDefault();

    public GradePanel(CustomerGradeService grades, long customerId, CustomerPermissions permissions) {
        this.grades = grades;
        this.customerId = customerId;
        this.permissions = permissions;
        setPadding(false);
        HorizontalLayout schemes = new HorizontalLayout();
        schemes.setWidthFull();
        schemes.setAlignItems(FlexComponent.Alignment.START);
        for (GradeScheme scheme : GradeScheme.values()) {
            schemes.add(schemeBlock(scheme));
        }
        history.addColumn(entry -> Formats.dateTime(entry.changedAt(), zone, getLocale()))
                .setHeader(getTranslation("customer.grades.changedAt")).setAutoWidth(true);
        history.addColumn(entry -> getTranslation(entry.scheme().nameKey()))
                .setHeader(getTranslation("customer.grades.scheme")).setAutoWidth(true);
        history.addColumn(entry -> label(entry.scheme(), entry.computed()))
                .setHeader(getTranslation("customer.grades.computed")).setAutoWidth(true);
        history.addColumn(entry -> label(entry.scheme(), entry.effective())
                + (entry.overridden() ? " " + getTranslation("customer.grades.overriddenMark") : ""))
                .setHeader(getTranslation("customer.grades.effective")).setAutoWidth(true);
        history.addColumn(GradeHistoryEntry::reason).setHeader(getTranslation("customer.grades.overrideReason"))
                .setFlexGrow(1);
        history.addColumn(entry -> entry.bySystem() ? getTranslation("customer.grades.bySystem") : entry.actorName())
                .setHeader(getTranslation("customer.grades.changedBy")).setAutoWidth(true);
        history.setEmptyStateText(getTranslation("customer.grades.noHistory"));
        history.setAllRowsVisible(true);
        add(inputs, schemes, new H4(getTranslation("customer.grades.history")), history);
        refresh();
    }

    private Div schemeBlock(GradeScheme scheme) {
        computed.put(scheme, new Span());
        effective.put(scheme, new Span());
        overrideNote.put(scheme, new Span());
        Button set = new Button(getTranslation("customer.grades.override"),
                click -> new GradeOverrideDialog(grades, customerId, current.of(scheme), this::refresh).open());
        set.addThemeVariants(ButtonVariant.LUMO_SMALL);
        set.setVisible(permissions.supervise());
        override.put(scheme, set);
        Button end = new Button(getTranslation("customer.grades.clearOverride"), click -> clearOverride(scheme));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        clear.put(scheme, end);
        Div block = new Div(new H4(getTranslation(scheme.nameKey())), new Div(computed.get(scheme)),
                new Div(effective.get(scheme)), new Div(overrideNote.get(scheme)), new HorizontalLayout(set, end));
        block.getStyle().set("flex", "1");
        return block;
    }

    void clearOverride(GradeScheme scheme) {
        try {
            grades.clearOverride(customerId, scheme);
            UiErrors.showSuccess(getTranslation("customer.grades.overrideCleared"));
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        refresh();
    }

    void refresh() {
        current = grades.find(customerId);
        zone = current.zone();
        GradeInputs in = current.inputs();
        inputs.setText(getTranslation("customer.grades.inputs", SalesTab.monthLabel(this, current.from()),
                SalesTab.monthLabel(this, current.to()), Formats.money(in.annualSales(), getLocale()),
                Formats.money(in.grossProfit(), getLocale()),
                in.marginPercent() == null ? "–"
                        : getTranslation("customer.sale.percent", in.marginPercent().toPlainString()),
                in.paymentRecord().map(r -> getTranslation("customer.paymentRating." + r.name()))
                        .orElse(getTranslation("customer.grades.unknown"))));
        for (SchemeGrade grade : current.schemes()) {
            GradeScheme scheme = grade.scheme();
            computed.get(scheme).setText(getTranslation("customer.grades.computedIs", label(scheme, grade.computed())));
            effective.get(scheme).setText(getTranslation("customer.grades.effectiveIs",
                    label(scheme, grade.effective())));
            overrideNote.get(scheme).setText(grade.overridden() ? getTranslation("customer.grades.overrideBy",
                    grade.overrideByName(), Formats.dateTime(grade.overrideAt(), zone, getLocale()),
                    grade.overrideReason()) : "");
            clear.get(scheme).setVisible(permissions.supervise() && grade.overridden());
        }
        history.setItems(grades.findHistory(customerId));
    }

    private String label(GradeScheme scheme, String grade) {
        return grade == null ? getTranslation("customer.grades.none") : getTranslation(scheme.labelKey(grade));
    }
}
