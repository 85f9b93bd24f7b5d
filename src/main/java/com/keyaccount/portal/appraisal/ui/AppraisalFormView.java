package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.FormAction;
import com.keyaccount.portal.appraisal.FormDetail;
import com.keyaccount.portal.appraisal.FormDetail.OpinionView;
import com.keyaccount.portal.appraisal.FormStatus;
import com.keyaccount.portal.base.ui.UiErrors;
import com.keyaccount.portal.security.Permissions;
import com.keyaccount.portal.org.EmployeeService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One appraisal form (000 述职考评 and 考核 forms) as the signed-in person may see and work on it: the header, the
 * template's sections with an editor per item kind, the result, the signature block and the history, and the moves
 * that are theirs now (自评 → 评分 → 相关部门意见 → 签字 → 审批, return and reopen with a reason). Every change names the
 * version it was based on; a stale one shows the portal's concurrent-edit message and a way to reload, keeping what
 * was typed. Before the form is final its employee sees only their own part.
 */
@Route("appraisals/forms/:" + AppraisalFormView.ID + "(" + AppraisalFormView.ID_PATTERN + ")")
@RolesAllowed(Permissions.Appraisal.USE)
public class AppraisalFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String ID_PATTERN = "[0-9]{1,18}";
    static final String LIST_ROUTE = "appraisals";

    final Div stale = new Div();
    final Div refusal = new Div();
    FormHeader header;
    FormSections sections;
    ResultPanel result;
    SealPanel seal;
    FormActions actions;

    private final AppraisalFormService forms;
    private final EmployeeService employees;
    private final ZoneId zone;
    private final Moves moves = new Moves();
    private long formId;
    private FormDetail detail;
    private long version;

    AppraisalFormView(AppraisalFormService forms, EmployeeService employees, ZoneId businessZone) {
        this.forms = forms;
        this.employees = employees;
        this.zone = businessZone;
        addClassNames("view-content", "appraisal-form");
        stale.addClassNames("card", "appraisal-stale");
        stale.getElement().setAttribute("role", "alert");
        refusal.addClassName("card");
        Shortcuts.addShortcutListener(this, moves::save, Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
    }

    /** The route to a form, for links and navigation. */
    static String route(long formId) {
        return "appraisals/forms/" + formId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ID);
        if (id.isEmpty()) {
            event.rerouteToError(IllegalArgumentException.class);
            return;
        }
        formId = id.get();
        reload();
    }

    void reload() {
        try {
            show(forms.form(formId));
        } catch (RuntimeException e) {
            refuse(UiErrors.message(e));
        }
    }

    private void show(FormDetail loaded) {
        detail = loaded;
        version = loaded.version();
        removeAll();
        stale.setVisible(false);
        header = new FormHeader(loaded);
        sections = new FormSections(loaded, zone, this::giveOpinion, this::delegateOpinion);
        actions = new FormActions(loaded, sections.hasKpis(), moves);
        add(stale, header, actions, sections);
        if (!loaded.selfOnly()) {
            result = new ResultPanel(loaded.scorecard());
            add(result);
        } else {
            result = null;
            Paragraph hidden = new Paragraph(getTranslation("appraisal.ui.form.resultHidden"));
            hidden.addClassName("secondary");
            add(hidden);
        }
        seal = new SealPanel(loaded.scorecard(), zone);
        add(seal, new HistoryPanel(loaded.history(), zone));
    }

    private void refuse(String message) {
        detail = null;
        removeAll();
        header = null;
        sections = null;
        actions = null;
        refusal.removeAll();
        refusal.add(new Paragraph(message), new Anchor(LIST_ROUTE, getTranslation("appraisal.ui.form.back")));
        add(refusal);
    }

    /** Saves what was typed; on a refusal the input stays as it was. True when saved. */
    boolean save() {
        if (detail == null || !FormMode.of(detail).editing()) {
            return false;
        }
        if (!sections.validate()) {
            Notification notice = new Notification(getTranslation("appraisal.ui.form.invalid"), 6000,
                    Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.open();
            return false;
        }
        boolean self = detail.allowed().editSelf();
        return call(v -> self ? forms.saveSelfAssessment(formId, v, sections.selfAnswers())
                : forms.saveScores(formId, v, sections.reviewAnswers()));
    }

    /** Runs one change with the current version; shows its refusal, or the stale-version notice. */
    private boolean call(LongUnaryOperator change) {
        try {
            version = change.applyAsLong(version);
            return true;
        } catch (OptimisticLockingFailureException e) {
            showStale(e);
        } catch (RuntimeException e) {
            UiErrors.showNotification(e);
        }
        return false;
    }

    private void showStale(RuntimeException error) {
        stale.removeAll();
        Button reload = new Button(getTranslation("appraisal.ui.form.reload"), click -> reload());
        stale.add(new Span(UiErrors.message(error)), reload);
        stale.setVisible(true);
    }

    private void done(String key) {
        UiErrors.showSuccess(getTranslation(key));
        reload();
    }

    private void delegateOpinion(OpinionView opinion) {
        new DelegateDialog(forms, employees, opinion, () -> done("appraisal.ui.form.done.delegated")).open();
    }

    private void giveOpinion(OpinionView opinion) {
        new OpinionDialog(forms, opinion, () -> done("appraisal.ui.form.done.GIVE_OPINION")).open();
    }

    /** The form's moves, run with the current version; a submission saves what was typed first. */
    private final class Moves implements FormActions.Listener {

        @Override
        public void save() {
            if (AppraisalFormView.this.save()) {
                done("appraisal.ui.form.done.saved");
            }
        }

        @Override
        public void fillKpis() {
            if (AppraisalFormView.this.save() && call(v -> forms.fillKpiActuals(formId, v))) {
                done("appraisal.ui.form.done.filled");
            }
        }

        @Override
        public void move(FormAction action) {
            boolean ready = switch (action) {
                case SUBMIT_SELF -> AppraisalFormView.this.save()
                        && call(v -> forms.submitSelfAssessment(formId, v));
                case SUBMIT_SCORES -> AppraisalFormView.this.save() && call(v -> forms.submitScores(formId, v));
                case SIGN -> call(v -> forms.sign(formId, v));
                case APPROVE -> call(v -> forms.approve(formId, v));
                default -> throw new IllegalArgumentException(action.name());
            };
            if (ready) {
                done("appraisal.ui.form.done." + action.name());
            }
        }

        @Override
        public void returnTo(FormStatus target, String reason) {
            if (call(v -> forms.returnForm(formId, v, target, reason))) {
                done("appraisal.ui.form.done.RETURN");
            }
        }

        @Override
        public void reopen(String reason) {
            if (call(v -> forms.reopen(formId, v, reason))) {
                done("appraisal.ui.form.done.REOPEN");
            }
        }

        @Override
        public void print() {
            getUI().ifPresent(ui -> ui.navigate(route(formId) + "/print"));
        }
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("appraisal.ui.form.title")
                : getTranslation("appraisal.ui.form.pageTitle", detail.scorecard().employeeName(),
                        detail.scorecard().template().name().in(getLocale()));
    }
}
