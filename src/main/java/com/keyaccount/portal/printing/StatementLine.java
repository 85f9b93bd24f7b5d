package com.keyaccount.portal.printing;

import java.math.BigDecimal;

/**
 * One participant's line of the department statement ({@code reports/appraisal/statement.jrxml}, 部门考核汇总): rank,
 * name, number, position, the scores of up to {@value StatementReport#SECTION_COLUMNS} scored sections, total,
 * level, previous result and salary-grade suggestion. Scores stay numbers, so the XLSX export makes numeric cells.
 * Public with getters only because JasperReports' bean data source reads rows through public getters; built by
 * {@link StatementReport}.
 */
public final class StatementLine {

    private final Integer rank;
    private final String name;
    private final String employeeNo;
    private final String position;
    private final BigDecimal[] sections;
    private final BigDecimal total;
    private final String level;
    private final String previous;
    private final String gradeChange;

    StatementLine(Integer rank, String name, String employeeNo, String position, BigDecimal[] sections,
            BigDecimal total, String level, String previous, String gradeChange) {
        this.rank = rank;
        this.name = name;
        this.employeeNo = employeeNo;
        this.position = position;
        this.sections = sections.clone();
        this.total = total;
        this.level = level;
        this.previous = previous;
        this.gradeChange = gradeChange;
    }

    public Integer getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getPosition() {
        return position;
    }

    public BigDecimal getS1() {
        return section(0);
    }

    public BigDecimal getS2() {
        return section(1);
    }

    public BigDecimal getS3() {
        return section(2);
    }

    public BigDecimal getS4() {
        return section(3);
    }

    public BigDecimal getS5() {
        return section(4);
    }

    public BigDecimal getS6() {
        return section(5);
    }

    public BigDecimal getS7() {
        return section(6);
    }

    public BigDecimal getS8() {
        return section(7);
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getLevel() {
        return level;
    }

    public String getPrevious() {
        return previous;
    }

    public String getGradeChange() {
        return gradeChange;
    }

    private BigDecimal section(int index) {
        return index < sections.length ? sections[index] : null;
    }
}
