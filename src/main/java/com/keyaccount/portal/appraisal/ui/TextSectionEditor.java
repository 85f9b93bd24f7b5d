package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.FormAnswers.PointAnswer;
import com.keyaccount.portal.appraisal.FormAnswers.TextAnswer;
import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.TextSection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One written part of the 000 quarterly self-reports (区域经理季度述职考评表, 部门经理季度述职考评表: 工作总结, 问题分析解决方案,
 * 下一阶段工作计划): per point the employee's text and remarks (备注) and the reviewer's comment (评语), and the reviewer's
 * score of the part when the template scores it.
 */
class TextSectionEditor extends Div {

    final List<TextArea> texts = new ArrayList<>();
    final List<TextArea> remarks = new ArrayList<>();
    final List<TextArea> comments = new ArrayList<>();
    final BigDecimalField score = new BigDecimalField();

    private final TextSection section;

    TextSectionEditor(TextSection section, TextAnswer answer, BigDecimal itemScore, FormMode mode) {
        this.section = section;
        addClassNames("appraisal-item", "text-section-editor");
        add(new H4(section.name().in(getLocale())));
        for (int i = 0; i < section.points().size(); i++) {
            LocalizedText point = section.points().get(i);
            PointAnswer written = answer.point(i);
            Div entries = new Div();
            entries.addClassName("appraisal-point");
            entries.add(area(texts, point.in(getLocale()), written.text(), mode.editSelf()));
            entries.add(area(remarks, getTranslation("appraisal.ui.form.text.remarks"), written.remarks(),
                    mode.editSelf()));
            if (!mode.selfOnly()) {
                entries.add(area(comments, getTranslation("appraisal.ui.form.text.comment"), written.comment(),
                        mode.score()));
            }
            add(entries);
        }
        score.setVisible(section.score() != null && !mode.selfOnly());
        if (section.score() != null) {
            score.setLabel(getTranslation("appraisal.ui.form.text.score"));
            score.setHelperText(getTranslation("appraisal.ui.form.range", FormTexts.range(section.score(),
                    getLocale())));
            score.setValue(answer.score() != null ? answer.score() : itemScore);
            score.setReadOnly(!mode.score());
            add(score);
        }
    }

    private static TextArea area(List<TextArea> areas, String label, String value, boolean editable) {
        TextArea area = new TextArea(label);
        area.setValue(value == null ? "" : value);
        area.setMaxLength(AppraisalFormService.MAX_TEXT);
        area.setReadOnly(!editable);
        area.setWidthFull();
        areas.add(area);
        return area;
    }

    String code() {
        return section.code();
    }

    TextAnswer selfAnswer() {
        List<PointAnswer> points = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            points.add(new PointAnswer(blankToNull(texts.get(i)), blankToNull(remarks.get(i)), null));
        }
        return new TextAnswer(points, null);
    }

    TextAnswer reviewAnswer() {
        List<PointAnswer> points = comments.stream().map(c -> new PointAnswer(null, null, blankToNull(c))).toList();
        return new TextAnswer(points, score.getValue());
    }

    private static String blankToNull(TextArea area) {
        return area.getValue().isBlank() ? null : area.getValue();
    }
}
