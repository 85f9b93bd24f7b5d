package com.keyaccount.portal.appraisal;

import java.util.List;
import java.util.Objects;

/**
 * A written part of the quarterly self-reports of 000 (区域经理季度述职考评表, 部门经理季度述职考评表): 工作总结,
 * 问题分析解决方案, 下一阶段工作计划, each with named sub-points (目标完成, 市场运作 …; in 部门经理季度述职考评表 four
 * unnamed, numbered points). On a form each point holds the employee's text and remarks (备注) and the reviewer's
 * comment (评语); the reviewer may score the whole part.
 *
 * @param code   stable code, unique in the template
 * @param name   the part's title, e.g. 工作总结
 * @param points the sub-points, in printed order
 * @param score  the range of the reviewer's score for the part; null when the part is not scored
 */
public record TextSection(String code, LocalizedText name, List<LocalizedText> points, ScoreRange score)
        implements ItemDefinition {

    public TextSection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }
}
