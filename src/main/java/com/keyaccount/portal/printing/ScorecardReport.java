package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.AppraisalProblem;
import com.keyaccount.portal.appraisal.Band;
import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.Composite;
import com.keyaccount.portal.appraisal.CompositePart;
import com.keyaccount.portal.appraisal.CompositeScoring;
import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormScoring;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.KpiScoring;
import com.keyaccount.portal.appraisal.LocalizedText;
import com.keyaccount.portal.appraisal.OpinionEntry;
import com.keyaccount.portal.appraisal.PeriodKind;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.appraisal.SalaryGradeRule;
import com.keyaccount.portal.appraisal.ScoreRange;
import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.TextSection;
import com.keyaccount.portal.appraisal.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns one {@link Scorecard} into what {@code reports/appraisal/scorecard.jrxml} prints (考核表 as on paper, issue 14
 * "Printing"): the header and result parameters and a flat list of {@link ScorecardLine}s — per section its title with
 * weight and score, then its items (banded indicators with all four bands and the chosen one marked, KPI rows with
 * weight, target, actual, 完成率 and score, the points of the text sections, the related departments' opinions, the
 * parts of the composite). Weights and ranges the portal chose because the paper form lost them (000 "()", "~分") carry
 * a "*" explained under the result. Pure: no Spring, no I/O.
 */
final class ScorecardReport {

    static final String NAME = "appraisal/scorecard";

    private static final String DEFAULT_MARK = "*";

    private final Scorecard card;
    private final ReportLabels labels;
    private final ZoneId zone;
    private final Locale locale;
    private boolean defaultsShown;

    private ScorecardReport(Scorecard card, ReportLabels labels, ZoneId zone) {
        this.card = card;
        this.labels = labels;
        this.zone = zone;
        this.locale = labels.getLocale();
    }

    /** The report's rows and parameters for one scorecard. */
    static Content of(Scorecard card, PrintContext context) {
        ScorecardReport report = new ScorecardReport(card, context.labels(), context.zone());
        List<ScorecardLine> lines = report.lines();
        Map<String, Object> parameters = context.parameters();
        parameters.putAll(report.header());
        parameters.putAll(report.results());
        return new Content(parameters, lines);
    }

    /**
     * A report's parameters and rows.
     *
     * @param parameters report parameters by name
     * @param lines      the detail rows
     */
    record Content(Map<String, Object> parameters, List<ScorecardLine> lines) {
    }

    private Map<String, Object> header() {
        Map<String, Object> header = new HashMap<>();
        header.put("Title", card.template().name().in(locale));
        header.put("EmployeeName", card.employeeName());
        header.put("EmployeeNo", PrintFormats.orNone(card.employeeNo()));
        header.put("Department", PrintFormats.orNone(card.departmentName()));
        header.put("Position", PrintFormats.orNone(card.position()));
        header.put("Period", period(labels, card.period(), card.periodStart(), card.periodEnd()));
        header.put("Cycle", PrintFormats.orNone(card.cycleName()));
        header.put("Reviewer", PrintFormats.orNone(card.reviewerName()));
        header.put("Status", labels.label("printing.appraisal.status.", card.status()));
        header.put("Template", card.template().name().in(locale) + " · "
                + labels.text("printing.appraisal.version", card.template().version()));
        return header;
    }

    /** 季度 2026-07-01 – 2026-09-30. */
    static String period(ReportLabels labels, PeriodKind kind, LocalDate start, LocalDate end) {
        return labels.label("appraisal.period.", kind) + " " + PrintFormats.date(start) + " – "
                + PrintFormats.date(end);
    }

    private Map<String, Object> results() {
        FormScoring.FormResult result = card.result();
        Map<String, Object> results = new HashMap<>();
        results.put("TotalLabel", labels.text(hasComposite() ? "printing.appraisal.compositeTotal"
                : "printing.appraisal.total"));
        results.put("Total", PrintFormats.score(result.total()));
        results.put("Level", PrintFormats.orNone(labels.label("appraisal.level.", result.level())));
        results.put("Rank", card.rank() == null ? PrintFormats.NONE : card.rank().toString());
        results.put("Previous", previous(labels, card.previousTotal(), card.previousLevel()));
        results.put("GradeChange", hasComposite() ? result.gradeChange().map(this::gradeChange)
                .orElse(PrintFormats.NONE) : null);
        results.put("Incomplete", result.missing().isEmpty() ? null : labels.text("printing.appraisal.incomplete",
                result.missing().stream().map(this::problem).collect(Collectors.joining("; "))));
        results.put("SignedBy", card.signature() == null ? labels.text("printing.appraisal.notSigned")
                : card.signature().name());
        results.put("SignedAt", card.signature() == null ? PrintFormats.NONE
                : PrintFormats.moment(card.signature().at(), zone));
        results.put("SignatureHash", card.signature() == null ? PrintFormats.NONE : card.signature().hash());
        results.put("ApprovedBy", card.approval() == null ? labels.text("printing.appraisal.notApproved")
                : card.approval().name());
        results.put("ApprovedAt", card.approval() == null ? PrintFormats.NONE
                : PrintFormats.moment(card.approval().at(), zone));
        results.put("SealBroken", !card.sealIntact());
        results.put("DefaultsNote", defaultsShown ? labels.text("printing.appraisal.defaultValue") : null);
        return results;
    }

    /** 82.50 良好, or — for a first appraisal. */
    static String previous(ReportLabels labels, BigDecimal total, ResultLevel level) {
        if (total == null && level == null) {
            return PrintFormats.NONE;
        }
        String levelText = level == null ? "" : " " + labels.label("appraisal.level.", level);
        return (total == null ? "" : PrintFormats.score(total)) + levelText;
    }

    private String gradeChange(SalaryGradeRule.SalaryGradeChange change) {
        return gradeChange(labels, change.change(), change.suggestedGrade());
    }

    /** +1 级，建议 5 级 (调整 +1 级 in Chinese), or — without a change. */
    static String gradeChange(ReportLabels labels, Integer steps, Integer suggestedGrade) {
        if (steps == null) {
            return PrintFormats.NONE;
        }
        String text = labels.text("printing.appraisal.gradeSteps", (steps > 0 ? "+" : "") + steps);
        return suggestedGrade == null ? text
                : text + (labels.chinese() ? "，" : ", ") + labels.text("printing.appraisal.suggestedGrade",
                        suggestedGrade);
    }

    private String problem(AppraisalProblem problem) {
        return labels.text(problem.key(), problem.args().toArray());
    }

    private boolean hasComposite() {
        return card.template().items().anyMatch(Composite.class::isInstance);
    }

    private List<ScorecardLine> lines() {
        List<ScorecardLine> lines = new ArrayList<>();
        for (SectionDefinition section : card.template().sections()) {
            boolean scored = section.items().stream().anyMatch(item -> !(item instanceof Composite));
            lines.add(ScorecardLine.section(section.title().in(locale),
                    section.optionalWeight().map(this::weight).orElse(null),
                    scored ? PrintFormats.score(card.result().sectionScores().get(section.code())) : null));
            Class<?> previousKind = null;
            for (ItemDefinition item : section.items()) {
                if (item.getClass() != previousKind) {
                    lines.add(head(item));
                    previousKind = item.getClass();
                }
                addItem(item, lines);
            }
        }
        return lines;
    }

    private static ScorecardLine head(ItemDefinition item) {
        return ScorecardLine.of(switch (item) {
            case BandedIndicator indicator -> ScorecardLine.Kind.BAND_HEAD;
            case KpiItem kpi -> ScorecardLine.Kind.KPI_HEAD;
            case TextSection text -> ScorecardLine.Kind.TEXT_HEAD;
            case DepartmentOpinion opinion -> ScorecardLine.Kind.OPINION_HEAD;
            case Composite composite -> ScorecardLine.Kind.PART_HEAD;
        });
    }

    private void addItem(ItemDefinition item, List<ScorecardLine> lines) {
        switch (item) {
            case BandedIndicator indicator -> lines.add(band(indicator));
            case KpiItem kpi -> lines.add(kpi(kpi));
            case TextSection text -> {
                FormAnswers.TextAnswer answer = card.answers().text(text.code());
                for (int i = 0; i < text.points().size(); i++) {
                    FormAnswers.PointAnswer point = answer.point(i);
                    lines.add(ScorecardLine.point(text.points().get(i).in(locale), point.text(), point.remarks(),
                            point.comment()));
                }
                if (text.score() != null) {
                    lines.add(ScorecardLine.itemScore(text.name().in(locale) + range(text.score()),
                            PrintFormats.score(card.result().itemScores().get(text.code()))));
                }
            }
            case DepartmentOpinion opinion -> {
                for (int i = 0; i < opinion.departments().size(); i++) {
                    lines.add(opinion(opinion, i));
                }
                if (opinion.score() != null) {
                    lines.add(ScorecardLine.itemScore(opinion.name().in(locale) + range(opinion.score()),
                            PrintFormats.score(card.result().itemScores().get(opinion.code()))));
                }
            }
            case Composite composite -> parts(composite, lines);
        }
    }

    private ScorecardLine band(BandedIndicator indicator) {
        FormAnswers.BandAnswer answer = card.answers().band(indicator.code());
        String[] texts = new String[4];
        int chosen = 0;
        for (int i = 0; i < indicator.bands().size() && i < texts.length; i++) {
            Band band = indicator.bands().get(i);
            boolean isChosen = band.level() == answer.band();
            if (isChosen) {
                chosen = i + 1;
            }
            String rangeText = band.range().min().toPlainString() + "–" + band.range().max().toPlainString()
                    + (band.range().defaultValue() ? mark() : "");
            String text = band.description().isBlank() ? rangeText : rangeText + "\n" + band.description();
            texts[i] = isChosen ? labels.text("printing.appraisal.chosen") + " " + text : text;
        }
        BigDecimal score = card.result().itemScores().get(indicator.code());
        return ScorecardLine.band(indicator.name().in(locale),
                indicator.group() == null ? null : indicator.group().in(locale), indicator.explanation(), texts,
                chosen, PrintFormats.score(score != null ? score : answer.score()), bandComment(answer));
    }

    /** 自评：达到目标 80 · 评语：…, or null when neither was written. */
    private String bandComment(FormAnswers.BandAnswer answer) {
        List<String> parts = new ArrayList<>();
        if (answer.selfBand() != null) {
            parts.add(labels.text("printing.appraisal.selfAssessment") + (labels.chinese() ? "：" : ": ")
                    + labels.label("appraisal.band.", answer.selfBand())
                    + (answer.selfScore() == null ? "" : " " + PrintFormats.score(answer.selfScore())));
        }
        if (answer.comment() != null && !answer.comment().isBlank()) {
            parts.add(labels.text("printing.appraisal.comment") + (labels.chinese() ? "：" : ": ") + answer.comment());
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private ScorecardLine kpi(KpiItem kpi) {
        FormAnswers.KpiAnswer answer = card.answers().kpi(kpi.code());
        KpiScoring.KpiResult result = card.result().kpis().get(kpi.code());
        BigDecimal target = answer.target() != null ? answer.target() : kpi.target();
        String actual = PrintFormats.amount(answer.actual());
        if (answer.halfYearActual() != null) {
            actual += "\n(" + labels.text("printing.appraisal.halfYear") + " "
                    + PrintFormats.amount(answer.halfYearActual()) + ")";
        }
        return ScorecardLine.kpi(kpi.name().in(locale), weight(kpi.weight()), kpi.unit().in(locale),
                PrintFormats.amount(target), actual, PrintFormats.rate(result == null ? null : result.rate()),
                PrintFormats.score(result == null ? null : result.score()),
                labels.label("printing.appraisal.source.", answer.source()),
                kpi.assessingDepartment() == null ? PrintFormats.NONE : kpi.assessingDepartment().in(locale));
    }

    private ScorecardLine opinion(DepartmentOpinion opinion, int index) {
        LocalizedText department = opinion.departments().get(index);
        Optional<OpinionEntry> entry = card.opinions().stream()
                .filter(o -> o.itemCode().equals(opinion.code()) && o.index() == index).findFirst();
        if (entry.isEmpty() || !entry.get().given()) {
            return ScorecardLine.opinion(department.in(locale), labels.text("printing.appraisal.pending"),
                    PrintFormats.NONE, PrintFormats.NONE, PrintFormats.NONE);
        }
        OpinionEntry given = entry.get();
        return ScorecardLine.opinion(given.departmentLabel().in(locale), given.comment(),
                PrintFormats.score(given.score()), PrintFormats.orNone(given.signedBy()),
                PrintFormats.moment(given.signedAt(), zone));
    }

    private void parts(Composite composite, List<ScorecardLine> lines) {
        CompositeScoring.CompositeResult result = card.result().composite();
        for (int i = 0; i < composite.parts().size(); i++) {
            CompositePart part = composite.parts().get(i);
            String name = switch (part) {
                case CompositePart.SectionPart section -> section.label().in(locale);
                case CompositePart.ProfilePart profile -> labels.label("appraisal.profileKind.", profile.kind());
            };
            CompositeScoring.PartScore score = result == null ? null : result.parts().get(i);
            lines.add(ScorecardLine.part(name, weight(part.weight()),
                    PrintFormats.score(score == null ? null : score.score()),
                    PrintFormats.score(score == null ? null
                            : score.contribution().setScale(CompositeScoring.SCORE_SCALE, RoundingMode.HALF_UP))));
        }
    }

    private String weight(Weight weight) {
        return PrintFormats.percent(weight.percent()) + (weight.defaultValue() ? mark() : "");
    }

    private String range(ScoreRange range) {
        return " (" + range.min().toPlainString() + "–" + range.max().toPlainString()
                + (range.defaultValue() ? mark() : "") + ")";
    }

    private String mark() {
        defaultsShown = true;
        return DEFAULT_MARK;
    }
}
