package com.keyaccount.portal.appraisal;

import java.util.List;
import java.util.Objects;

/**
 * 000 大客户经理季度综合考评表 (姓名, 绩效得分, 评估得分, 学历分, 工龄分, 综合得分, 评分等级, 上季结果, 工资等级调整, 备注): a weighted
 * sum of other sections of the same template and of profile scores into 综合得分, then the level and a suggested
 * salary-grade change ({@link CompositeScoring}). The tables and the grade rule belong to the template version, so a
 * form keeps the tables it was created with.
 *
 * @param code          stable code, unique in the template
 * @param name          the title, 综合得分
 * @param parts         the weighted parts; their weights sum to 100 ({@link TemplateValidator})
 * @param profileScores the education (学历分) and seniority (工龄分) tables
 * @param gradeRule     the rule from 评分等级 and 上季结果 to 工资等级调整
 */
public record Composite(String code, LocalizedText name, List<CompositePart> parts, ProfileScores profileScores,
        SalaryGradeRule gradeRule) implements ItemDefinition {

    public Composite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        parts = List.copyOf(parts);
        Objects.requireNonNull(profileScores, "profileScores");
        Objects.requireNonNull(gradeRule, "gradeRule");
    }
}
