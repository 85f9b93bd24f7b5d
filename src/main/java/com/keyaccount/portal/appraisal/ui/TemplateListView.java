package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.LevelScale;
import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import com.keyaccount.portal.appraisal.TemplateService;
import com.keyaccount.portal.appraisal.TemplateSummary;
import com.keyaccount.portal.appraisal.TextSection;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * 考核模板 / Appraisal templates: the newest version of every template (the 000 forms shipped as standard, and the
 * designers' own), searchable by name or code and filtered by period, with version, standard, default-value and
 * retired badges; designers open one in the form designer, create, copy, retire or restore one.
 */
@Route("appraisals/templates")
@RolesAllowed(Permissions.Appraisal.DESIGN)
@Menu(order = 390, icon = "vaadin:clipboard-check", title = "menu.appraisalTemplates")
public class TemplateListView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<PeriodKind> period = new Select<>();
    final Button create = new Button();
    final Grid<TemplateSummary> grid = new Grid<>();

    private final TemplateService templates;

    TemplateListView(TemplateService templates) {
        this.templates = templates;
        addClassNames("view-content", "full-height");
        search.setPlaceholder(getTranslation("appraisal.designer.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        period.setPlaceholder(getTranslation("appraisal.designer.allPeriods"));
        period.setEmptySelectionAllowed(true);
        period.setEmptySelectionCaption(getTranslation("appraisal.designer.allPeriods"));
        period.setItems(PeriodKind.values());
        period.setItemLabelGenerator(kind -> kind == null ? getTranslation("appraisal.designer.allPeriods")
                : getTranslation("appraisal.period." + kind.name()));
        period.addValueChangeListener(event -> refresh());
        create.setText(getTranslation("appraisal.designer.newTemplate"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new TemplateNameDialog("appraisal.designer.newTemplate", PeriodKind.MONTH,
                true, (code, name, kind) -> open(templates.createTemplate(starter(code, name, kind)))).open());

        grid.addColumn(summary -> summary.name().in(getLocale())).setHeader(getTranslation("appraisal.designer.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(TemplateSummary::code).setHeader(getTranslation("appraisal.designer.code")).setWidth("12em")
                .setFlexGrow(1).setTooltipGenerator(TemplateSummary::code);
        grid.addColumn(summary -> getTranslation("appraisal.period." + summary.period().name()))
                .setHeader(getTranslation("appraisal.designer.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> getTranslation("appraisal.designer.versionCount", summary.version(),
                summary.versions())).setHeader(getTranslation("appraisal.designer.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::badges).setHeader(getTranslation("appraisal.designer.state")).setWidth("11em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("appraisal.designer.empty"));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        grid.setSizeFull();

        add(new ViewToolbar().withFilters(search, period).withActions(create), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(templates.latestVersions(search.getValue(), period.getValue()));
    }

    private HorizontalLayout badges(TemplateSummary summary) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        if (summary.standard()) {
            badges.add(badge("appraisal.designer.standard", "badge"));
        }
        if (summary.withDefaults()) {
            badges.add(badge("appraisal.designer.defaultBadge", "badge contrast"));
        }
        if (summary.retired()) {
            badges.add(badge("appraisal.designer.retired", "badge error"));
        }
        return badges;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme + " small");
        return badge;
    }

    private HorizontalLayout actions(TemplateSummary summary) {
        Button design = new Button(getTranslation("appraisal.designer.open"), click -> open(summary));
        Button copy = new Button(getTranslation("appraisal.designer.copy"), click -> new TemplateNameDialog(
                "appraisal.designer.copyTitle", summary.period(), false,
                (code, name, kind) -> {
                    templates.copyAsNew(summary.id(), code, name);
                    UiErrors.showSuccess(getTranslation("appraisal.designer.copied", code));
                    refresh();
                }).open());
        Button retire = new Button(getTranslation(summary.retired() ? "appraisal.designer.restore"
                : "appraisal.designer.retire"), click -> confirmRetirement(summary));
        for (Button button : List.of(design, copy, retire)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(design, copy, retire);
    }

    void confirmRetirement(TemplateSummary summary) {
        boolean retiring = !summary.retired();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(retiring ? "appraisal.designer.retire" : "appraisal.designer.restore"));
        dialog.setText(getTranslation(retiring ? "appraisal.designer.retireText" : "appraisal.designer.restoreText",
                summary.name().in(getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation(retiring ? "appraisal.designer.retire" : "appraisal.designer.restore"));
        dialog.addConfirmListener(event -> {
            try {
                if (retiring) {
                    templates.retire(summary.id());
                } else {
                    templates.restore(summary.id());
                }
                refresh();
            } catch (RuntimeException refused) {
                UiErrors.showNotification(refused);
            }
        });
        dialog.open();
    }

    private void open(TemplateSummary summary) {
        UI.getCurrent().navigate(TemplateDesignerView.class, new RouteParameters("id", String.valueOf(summary.id())));
    }

    /** A new template to start from: one section holding one text part with one point, named in both languages. */
    private TemplateDefinition starter(String code, LocalizedText name, PeriodKind kind) {
        LocalizedText section = wording("appraisal.designer.starterSection");
        LocalizedText text = wording("appraisal.designer.starterText");
        LocalizedText point = wording("appraisal.designer.starterPoint");
        return new TemplateDefinition(code, name, 1, kind, List.of(new SectionDefinition("S1", section, null,
                List.of(new TextSection("T1", text, List.of(point), null)))), LevelScale.defaults());
    }

    private LocalizedText wording(String key) {
        return LocalizedText.of(getTranslation(Locale.SIMPLIFIED_CHINESE, key), getTranslation(Locale.ENGLISH, key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.appraisalTemplates");
    }
}
