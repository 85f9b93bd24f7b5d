package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalProblem;
import com.keyaccount.portal.appraisal.TemplateProblemsException;
import com.keyaccount.portal.appraisal.TemplateService;
import com.keyaccount.portal.appraisal.TemplateSummary;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.base.ui.ViewToolbar;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * 考核模板设计 / Form designer: edits one template (the 000 forms of 大客户经理岗位描述范本 and the designers' own) on a
 * mutable draft — names, period, level thresholds, sections and their items of the five kinds — with the problems of
 * {@code TemplateValidator} listed live; saving makes the next version and stays refused while problems exist. An
 * older version opens read-only. Values the portal chose because the source lost them carry a "默认值" badge until
 * edited.
 */
@Route("appraisals/templates/:id")
@RolesAllowed(Permissions.Appraisal.DESIGN)
public class TemplateDesignerView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    final Span versionBadge = new Span();
    final Span stateBadge = new Span();
    final Div editors = new Div();
    final ProblemList problems = new ProblemList();
    final Button save = new Button();
    final Button preview = new Button();
    final Button addSection = new Button();
    final VersionHistory history;
    final List<SectionEditor> sectionEditors = new ArrayList<>();
    TemplateHeaderEditor header;
    TemplateDraft draft;
    private DesignerContext context;

    private final TemplateService templates;
    private TemplateSummary summary;
    private boolean readOnly;
    /** Whether the draft was changed since it was opened or saved. */
    boolean dirty;

    TemplateDesignerView(TemplateService templates, ZoneId zone) {
        this.templates = templates;
        addClassNames("view-content", "template-designer");
        history = new VersionHistory(zone, id -> UI.getCurrent().navigate(TemplateDesignerView.class,
                new RouteParameters("id", String.valueOf(id))));

        save.setText(getTranslation("appraisal.designer.save"));
        save.setIcon(new Icon(VaadinIcon.CHECK));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        preview.setText(getTranslation("appraisal.designer.preview"));
        preview.setIcon(new Icon(VaadinIcon.EYE));
        preview.addClickListener(click -> openPreview());
        addSection.setText(getTranslation("appraisal.designer.addSection"));
        addSection.setIcon(new Icon(VaadinIcon.PLUS));
        addSection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addSection.addClickListener(click -> {
            draft.sections.add(new SectionDraft(draft.newCode("S"), new Wording("", ""), null));
            build();
            dirty = true;
        });
        RouterLink back = new RouterLink(getTranslation("appraisal.designer.backToList"), TemplateListView.class);

        add(new ViewToolbar().withFilters(back, versionBadge, stateBadge).withActions(preview, save), problems,
                editors, addSection, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            summary = templates.summary(id);
        } catch (NumberFormatException | BusinessException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draft = TemplateDraft.from(templates.definition(id));
        readOnly = !summary.latest();
        versionBadge.setText(getTranslation("appraisal.designer.versionOf", summary.code(), summary.version(),
                summary.versions()));
        versionBadge.getElement().getThemeList().add("badge");
        stateBadge.setText(getTranslation(readOnly ? "appraisal.designer.readOnly"
                : summary.retired() ? "appraisal.designer.retired" : "appraisal.designer.editable"));
        stateBadge.getElement().getThemeList().clear();
        stateBadge.getElement().getThemeList().add(readOnly || summary.retired() ? "badge contrast" : "badge success");
        history.show(templates.versions(summary.code()));
        context = new DesignerContext(draft, readOnly, () -> {
            dirty = true;
            validate();
        }, () -> {
            dirty = true;
            build();
        });
        build();
        dirty = false;
    }

    /** Leaving with unsaved changes asks first; the changes are lost unless saved. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty || readOnly) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("appraisal.designer.leaveTitle"));
        dialog.setText(getTranslation("appraisal.designer.leaveText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("appraisal.designer.leave"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            dirty = false;
            leave.proceed();
        });
        dialog.open();
    }

    /** Builds the editors again from the draft, after a section or item was added, removed or moved. */
    void build() {
        editors.removeAll();
        sectionEditors.clear();
        context.clearRefreshers();
        header = new TemplateHeaderEditor(context);
        editors.add(header);
        for (SectionDraft section : draft.sections) {
            SectionEditor editor = new SectionEditor(context, section, sectionEditors.size() + 1);
            sectionEditors.add(editor);
            editors.add(editor);
        }
        addSection.setVisible(!readOnly);
        save.setVisible(!readOnly);
        validate();
    }

    /** The draft's own problems, or the validator's once it is a template; saving only without any. */
    private void validate() {
        TemplateDraft.Converted converted = draft.convert();
        List<AppraisalProblem> found = converted.template() == null ? converted.problems()
                : templates.problems(converted.template());
        problems.show(found);
        save.setEnabled(!readOnly && found.isEmpty());
    }

    private void save() {
        TemplateDraft.Converted converted = draft.convert();
        if (readOnly || converted.template() == null) {
            return;
        }
        try {
            TemplateSummary saved = templates.saveNewVersion(summary.id(), converted.template());
            dirty = false;
            UiErrors.showSuccess(getTranslation("appraisal.designer.saved", saved.version()));
            UI.getCurrent().navigate(TemplateDesignerView.class, new RouteParameters("id", String.valueOf(saved.id())));
        } catch (TemplateProblemsException refused) {
            problems.show(refused.problems());
            save.setEnabled(false);
        } catch (RuntimeException refused) {
            UiErrors.showNotification(refused);
        }
    }

    private void openPreview() {
        TemplateDraft.Converted converted = draft.convert();
        if (converted.template() == null) {
            UiErrors.showNotification(converted.problems().getFirst().toException());
            return;
        }
        Dialog dialog = new Dialog(new TemplatePreview(converted.template(), getLocale()));
        dialog.setHeaderTitle(getTranslation("appraisal.designer.preview"));
        dialog.setWidth("min(90vw, 70em)");
        dialog.getFooter().add(new Button(getTranslation("appraisal.designer.close"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return summary == null ? getTranslation("appraisal.designer.title")
                : getTranslation("appraisal.designer.titleOf", summary.name().in(getLocale()));
    }
}
