package com.keyaccount.portal.customer;

import java.util.Arrays;
import java.util.List;

/**
 * The two grade schemes of the regulations: {@link #GRADE} A一级 … D类 (001 一篇 第3条, {@link Grade}) and {@link #RATING}
 * AAA / AA / A / B of the 客户等级分类表 (002 三, {@link Rating}). The source does not relate them; each is computed
 * from its own rules ({@link GradeRules}). Grades cross the scheme boundary as the enum constant's name.
 */
public enum GradeScheme {
    GRADE("customer.grade.", Grade.values()),
    RATING("customer.rating.", Rating.values());

    private final String labelPrefix;
    private final List<String> grades;

    GradeScheme(String labelPrefix, Enum<?>[] values) {
        this.labelPrefix = labelPrefix;
        this.grades = Arrays.stream(values).map(Enum::name).toList();
    }

    /** The scheme's grades, best first. */
    public List<String> grades() {
        return grades;
    }

    public boolean has(String grade) {
        return grades.contains(grade);
    }

    /** The message key of a grade of this scheme ({@code customer.grade.A1}, {@code customer.rating.AAA}). */
    public String labelKey(String grade) {
        return labelPrefix + grade;
    }

    /** The message key of the scheme's name. */
    public String nameKey() {
        return "customer.grades.scheme." + name();
    }
}
