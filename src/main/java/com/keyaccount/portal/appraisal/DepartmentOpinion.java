package com.keyaccount.portal.appraisal;

import java.util.List;
import java.util.Objects;

/**
 * 相关部门意见 of the 000 self-reports: the departments asked for a signed comment (区域经理季度述职考评表: 客户服务部, 行政部,
 * 企划部, 物流部, 其他; 部门经理季度述职考评表: 销售计划部, 客户服务部, 行政部, 企划部, 物流部), each optionally with a score.
 *
 * @param code        stable code, unique in the template
 * @param name        the title, 相关部门意见
 * @param departments the departments asked, in printed order (其他 included where the form prints it)
 * @param score       the range of each department's score; null when the departments only comment
 */
public record DepartmentOpinion(String code, LocalizedText name, List<LocalizedText> departments, ScoreRange score)
        implements ItemDefinition {

    public DepartmentOpinion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        departments = List.copyOf(departments);
    }
}
