package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.FormDetail.OpinionView;
import com.keyaccount.portal.appraisal.OpinionEntry;
import com.keyaccount.portal.base.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 相关部门意见 (000 述职考评表): each department the template names with its signed comment, score, signer and time; the
 * person whose turn it is for a department gets a button to give its opinion, and that department's head (or whoever
 * runs the cycle) one to name a delegate who gives it in the head's place.
 */
class OpinionsPanel extends Div {

    final List<Button> giveButtons = new ArrayList<>();
    final List<Button> delegateButtons = new ArrayList<>();

    OpinionsPanel(DepartmentOpinion item, List<OpinionView> opinions, ZoneId zone, Consumer<OpinionView> give,
            Consumer<OpinionView> delegate) {
        addClassNames("appraisal-item", "opinions-panel");
        add(new H4(item.name().in(getLocale())));
        List<OpinionView> ofItem = opinions.stream().filter(o -> o.entry().itemCode().equals(item.code())).toList();
        if (ofItem.isEmpty()) {
            add(new Paragraph(getTranslation("appraisal.ui.form.opinion.none")));
        }
        for (OpinionView view : ofItem) {
            OpinionEntry entry = view.entry();
            Div row = new Div();
            row.addClassName("appraisal-opinion");
            Span department = new Span(entry.departmentLabel().in(getLocale()));
            department.addClassName("appraisal-opinion-department");
            row.add(department);
            if (entry.given()) {
                row.add(new Paragraph(entry.comment()));
                if (entry.score() != null) {
                    row.add(new Span(getTranslation("appraisal.ui.form.opinion.score",
                            FormTexts.score(entry.score(), getLocale()))));
                }
                Span signed = new Span(getTranslation("appraisal.ui.form.opinion.signed", entry.signedBy(),
                        Formats.dateTime(entry.signedAt(), zone, getLocale())));
                signed.addClassName("secondary");
                row.add(new Div(signed));
            } else {
                Span pending = new Span(getTranslation("appraisal.ui.form.opinion.pending"));
                pending.addClassName("secondary");
                row.add(new Div(pending));
            }
            if (view.mine()) {
                Button button = new Button(getTranslation("appraisal.ui.form.opinion.give"), click -> give.accept(view));
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                giveButtons.add(button);
                row.add(button);
            }
            if (view.delegable()) {
                Button button = new Button(getTranslation("appraisal.ui.form.opinion.delegate"),
                        click -> delegate.accept(view));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                delegateButtons.add(button);
                row.add(button);
            }
            add(row);
        }
    }
}
