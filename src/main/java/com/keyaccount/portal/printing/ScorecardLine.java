package com.keyaccount.portal.printing;

/**
 * One printed line of an appraisal scorecard ({@code reports/appraisal/scorecard.jrxml}): a section title, a column
 * header, a banded indicator, a KPI row, a point of a text section, a department's opinion, a part of the composite or
 * an item's score. The report prints the detail band of the line's {@link #getKind() kind}; each kind fills the fields
 * its band shows, all as ready-formatted text. Public with getters only because JasperReports' bean data source reads
 * rows through public getters; built by {@link ScorecardReport}.
 */
public final class ScorecardLine {

    /** What a line is; the report has one detail band per kind. */
    enum Kind {
        SECTION, BAND_HEAD, BAND, KPI_HEAD, KPI, TEXT_HEAD, TEXT, OPINION_HEAD, OPINION, PART_HEAD, PART, SCORE
    }

    private final Kind kind;
    private String name;
    private String group;
    private String note;
    private final String[] bands = new String[4];
    private int chosen;
    private String score;
    private String comment;
    private String weight;
    private String unit;
    private String target;
    private String actual;
    private String rate;
    private String source;
    private String department;
    private String text;
    private String remarks;
    private String signer;
    private String time;

    private ScorecardLine(Kind kind) {
        this.kind = kind;
    }

    static ScorecardLine of(Kind kind) {
        return new ScorecardLine(kind);
    }

    static ScorecardLine section(String title, String weight, String score) {
        ScorecardLine line = new ScorecardLine(Kind.SECTION);
        line.name = title;
        line.weight = weight;
        line.score = score;
        return line;
    }

    /**
     * A banded indicator: its four bands as printed (the chosen one marked), the reviewer's score, the explanation
     * (说明) and the comment line (self-assessment and 评语).
     *
     * @param chosen 1–4 for the band the reviewer chose, best first; 0 for none
     */
    static ScorecardLine band(String name, String group, String explanation, String[] bandTexts, int chosen,
            String score, String comment) {
        ScorecardLine line = new ScorecardLine(Kind.BAND);
        line.name = name;
        line.group = group;
        line.note = explanation;
        System.arraycopy(bandTexts, 0, line.bands, 0, line.bands.length);
        line.chosen = chosen;
        line.score = score;
        line.comment = comment;
        return line;
    }

    static ScorecardLine kpi(String name, String weight, String unit, String target, String actual, String rate,
            String score, String source, String department) {
        ScorecardLine line = new ScorecardLine(Kind.KPI);
        line.name = name;
        line.weight = weight;
        line.unit = unit;
        line.target = target;
        line.actual = actual;
        line.rate = rate;
        line.score = score;
        line.source = source;
        line.department = department;
        return line;
    }

    static ScorecardLine point(String name, String text, String remarks, String comment) {
        ScorecardLine line = new ScorecardLine(Kind.TEXT);
        line.name = name;
        line.text = text;
        line.remarks = remarks;
        line.comment = comment;
        return line;
    }

    static ScorecardLine opinion(String department, String comment, String score, String signer, String time) {
        ScorecardLine line = new ScorecardLine(Kind.OPINION);
        line.department = department;
        line.comment = comment;
        line.score = score;
        line.signer = signer;
        line.time = time;
        return line;
    }

    static ScorecardLine part(String name, String weight, String score, String contribution) {
        ScorecardLine line = new ScorecardLine(Kind.PART);
        line.name = name;
        line.weight = weight;
        line.score = score;
        line.text = contribution;
        return line;
    }

    static ScorecardLine itemScore(String name, String score) {
        ScorecardLine line = new ScorecardLine(Kind.SCORE);
        line.name = name;
        line.score = score;
        return line;
    }

    public String getKind() {
        return kind.name();
    }

    public String getName() {
        return name;
    }

    public String getGroup() {
        return group;
    }

    /** The indicator's explanation (说明), or null. */
    public String getNote() {
        return note;
    }

    public String getBand1() {
        return bands[0];
    }

    public String getBand2() {
        return bands[1];
    }

    public String getBand3() {
        return bands[2];
    }

    public String getBand4() {
        return bands[3];
    }

    /** 1–4 for the chosen band, best first; 0 for none. */
    public Integer getChosen() {
        return chosen;
    }

    public String getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public String getWeight() {
        return weight;
    }

    public String getUnit() {
        return unit;
    }

    public String getTarget() {
        return target;
    }

    public String getActual() {
        return actual;
    }

    public String getRate() {
        return rate;
    }

    public String getSource() {
        return source;
    }

    public String getDepartment() {
        return department;
    }

    /** A point's text; the weighted contribution of a composite part. */
    public String getText() {
        return text;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getSigner() {
        return signer;
    }

    public String getTime() {
        return time;
    }
}
