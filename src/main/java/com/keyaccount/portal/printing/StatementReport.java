package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.ItemDefinition;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.appraisal.SectionDefinition;
import com.keyaccount.portal.appraisal.TextSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns one {@link CycleResults} into what {@code reports/appraisal/statement.jrxml} prints (部门考核汇总, issue 14
 * "Printing"): a line per participant with the scores of the template's scored sections, total, level, rank, previous
 * result and salary-grade suggestion; the averages of every score column over the forms that have it (scale 2,
 * HALF_UP); the level distribution as a table and as bars. The statement has {@value #SECTION_COLUMNS} section
 * columns, more than any form of 000 needs (at most five); a template with more scored sections is refused. Pure: no
 * Spring, no I/O.
 */
final class StatementReport {

    static final String NAME = "appraisal/statement";
    static final int SECTION_COLUMNS = 8;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StatementReport() {
    }

    /**
     * A statement's parameters and rows.
     *
     * @param parameters report parameters by name
     * @param lines      one per participant, in the results' order
     */
    record Content(Map<String, Object> parameters, List<StatementLine> lines) {
    }

    static Content of(CycleResults results, PrintContext context) {
        ReportLabels labels = context.labels();
        Locale locale = labels.getLocale();
        List<SectionDefinition> sections = results.template().sections().stream()
                .filter(StatementReport::scored).toList();
        if (sections.size() > SECTION_COLUMNS) {
            throw new IllegalArgumentException("The statement prints at most " + SECTION_COLUMNS
                    + " scored sections; template " + results.template().code() + " has " + sections.size());
        }
        List<StatementLine> lines = new ArrayList<>();
        for (CycleResults.Row row : results.rows()) {
            BigDecimal[] scores = sections.stream().map(s -> row.sectionScores().get(s.code()))
                    .toArray(BigDecimal[]::new);
            lines.add(new StatementLine(row.rank(), row.employeeName(), row.employeeNo(), row.position(), scores,
                    row.total(), labels.label("appraisal.level.", row.level()),
                    ScorecardReport.previous(labels, row.previousTotal(), row.previousLevel()),
                    row.gradeChange() == null ? null
                            : ScorecardReport.gradeChange(labels, row.gradeChange(), row.suggestedGrade())));
        }
        Map<String, Object> parameters = context.parameters();
        parameters.put("Title", labels.text("printing.appraisal.statement.title"));
        parameters.put("Template", results.template().name().in(locale) + " · "
                + labels.text("printing.appraisal.version", results.template().version()));
        parameters.put("Cycle", PrintFormats.orNone(results.cycleName()));
        parameters.put("Period", ScorecardReport.period(labels, results.period(), results.periodStart(),
                results.periodEnd()));
        parameters.put("Department", results.departmentName() != null ? results.departmentName()
                : labels.text("printing.appraisal.statement.allDepartments"));
        for (int i = 0; i < sections.size(); i++) {
            String code = sections.get(i).code();
            parameters.put("Section" + (i + 1), sections.get(i).title().in(locale));
            parameters.put("Average" + (i + 1), average(results.rows(), row -> row.sectionScores().get(code)));
        }
        parameters.put("AverageTotal", average(results.rows(), CycleResults.Row::total));
        parameters.put("Participants", results.rows().size());
        long scored = results.rows().stream().filter(row -> row.level() != null).count();
        parameters.put("Scored", (int) scored);
        List<DistributionBar> bars = new ArrayList<>();
        Map<ResultLevel, Long> distribution = results.distribution();
        for (ResultLevel level : ResultLevel.values()) {
            int n = level.ordinal() + 1;
            long count = distribution.get(level);
            parameters.put("Level" + n, labels.label("appraisal.level.", level));
            parameters.put("Count" + n, (int) count);
            parameters.put("Share" + n, share(count, scored));
            bars.add(new DistributionBar(labels.label("appraisal.level.", level), count));
        }
        parameters.put("Distribution", bars);
        parameters.put("Rule", results.maxExcellentPercent() == null ? null
                : labels.text("printing.appraisal.statement.maxExcellent",
                        results.maxExcellentPercent().stripTrailingZeros().toPlainString()));
        return new Content(parameters, lines);
    }

    /** Whether a section scores: a banded indicator, a KPI, or a scored text section or opinion. */
    static boolean scored(SectionDefinition section) {
        return section.items().stream().anyMatch(StatementReport::scores);
    }

    private static boolean scores(ItemDefinition item) {
        return switch (item) {
            case BandedIndicator indicator -> true;
            case KpiItem kpi -> true;
            case TextSection text -> text.score() != null;
            case DepartmentOpinion opinion -> opinion.score() != null;
            default -> false;
        };
    }

    /** The mean of the values present, scale 2 HALF_UP; null when none is. */
    static BigDecimal average(List<CycleResults.Row> rows, Function<CycleResults.Row, BigDecimal> value) {
        List<BigDecimal> values = rows.stream().map(value).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** count ÷ scored as percent, scale 1 HALF_UP: 3 of 20 is 15.0%; — when nothing is scored. */
    static String share(long count, long scored) {
        if (scored == 0) {
            return PrintFormats.NONE;
        }
        return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }
}
