package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalProblem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** What keeps the template from being saved, in the UI's language, or a note that it may be saved. */
final class ProblemList extends Div {

    final UnorderedList items = new UnorderedList();
    private final Paragraph summary = new Paragraph();

    ProblemList() {
        addClassName("designer-problems");
        add(summary, items);
    }

    void show(List<AppraisalProblem> problems) {
        items.removeAll();
        problems.forEach(problem -> items.add(new ListItem(getTranslation(problem.key(), problem.args().toArray()))));
        summary.setText(problems.isEmpty() ? getTranslation("appraisal.designer.noProblems")
                : getTranslation("appraisal.designer.problems", problems.size()));
        setClassName("has-problems", !problems.isEmpty());
    }

    /** The messages shown, as the user reads them. */
    List<String> texts() {
        return items.getChildren().map(item -> item.getElement().getText()).toList();
    }
}
