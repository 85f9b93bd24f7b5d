package com.keyaccount.portal.customer;

import com.keyaccount.portal.base.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a customer's grades: 客户分级 A一级 … D类 (001 一篇 第3条) and the 客户等级分类表 AAA–B (002 三), from the
 * {@link GradeInputs} of the last twelve full months. Each scheme is an ordered list of {@link GradeThresholdRow}s kept
 * as data (administrators edit them); <b>the first rule whose every condition holds gives the grade</b>, and a valid
 * list ends with a rule without conditions, so no customer falls into a gap. A customer without sales in the twelve
 * months gets no grade in either scheme.
 *
 * <p>The source's bands and the documented defaults that close its gaps (seeded by {@code V3_8_3__customer_grades.sql};
 * lower bounds inclusive, upper bounds exclusive, 以上/以下 being undefined; all figures editable):
 * <ol>
 * <li>C — ≥ 200,000 and margin &lt; 5 %: 用量较大,但对公司利润贡献率较低. "用量较大" is A二级's wording, so its 200,000 floor;
 * C is checked first because the regulation's 大客户 needs 客户利润率较高 (第3条): volume without margin is not A.</li>
 * <li>A1 — ≥ 500,000 with payment record GOOD (年用量在50万元以上…回款信誉好).</li>
 * <li>A2 — 200,000 to 300,000 with GOOD or FAIR (20万元以上30万元以下…回款信誉较好).</li>
 * <li>A2 — ≥ 300,000 with GOOD or FAIR: closes the 300,000–500,000 gap, and takes ≥ 500,000 with a FAIR record.</li>
 * <li>B1 — 50,000 to 100,000 (5万元以上10万元以下; 较大潜力 has no measure in the source, the band decides).</li>
 * <li>B1 — ≥ 100,000: closes the 100,000–200,000 gap, and takes ≥ 200,000 whose record is POOR, VERY_BAD or
 * unknown.</li>
 * <li>D — &lt; 50,000 and margin ≥ 20 %: 用量较小,但…利润率较高; "small" is below B1's floor. Checked before B2, so a
 * high-margin customer of 20,000–50,000 is D (有一定发展潜力) rather than B2 (增长潜力较小).</li>
 * <li>B2 — ≥ 20,000 (2万元以上5万元以下, the upper end given by the rules before it).</li>
 * <li>C — everything else: below 20,000 (a gap) with a margin under 20 %: 对公司利润贡献率较低.</li>
 * </ol>
 * AAA / AA / A / B have no figures in the source; defaults: AAA ≥ 1,000,000 with payment record GOOD; AA ≥ 300,000;
 * A ≥ 50,000; B otherwise.
 */
public final class GradeRules {

    /** Bounds a rule's figures must keep: DECIMAL(15,2) amounts, DECIMAL(7,2) margins. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    private static final BigDecimal MAX_MARGIN = new BigDecimal("999.99");
    static final int MAX_RULES = 30;

    private final Map<GradeScheme, List<GradeThresholdRow>> rules = new EnumMap<>(GradeScheme.class);

    public GradeRules(List<GradeThresholdRow> gradeRules, List<GradeThresholdRow> ratingRules) {
        rules.put(GradeScheme.GRADE, List.copyOf(gradeRules));
        rules.put(GradeScheme.RATING, List.copyOf(ratingRules));
    }

    /** The grade of a scheme (the enum constant's name), empty without sales. */
    public Optional<String> evaluate(GradeScheme scheme, GradeInputs inputs) {
        if (!inputs.hasSales()) {
            return Optional.empty();
        }
        return rules.get(scheme).stream().filter(rule -> rule.matches(inputs)).findFirst()
                .map(GradeThresholdRow::grade);
    }

    public Optional<Grade> grade(GradeInputs inputs) {
        return evaluate(GradeScheme.GRADE, inputs).map(Grade::valueOf);
    }

    public Optional<Rating> rating(GradeInputs inputs) {
        return evaluate(GradeScheme.RATING, inputs).map(Rating::valueOf);
    }

    /** The first day of the twelve full months before {@code current} (the window's inclusive start). */
    public static LocalDate windowStart(YearMonth current) {
        return current.minusMonths(12).atDay(1);
    }

    /** The first day of {@code current}: the window's exclusive end (the running month is not yet full). */
    public static LocalDate windowEnd(YearMonth current) {
        return current.atDay(1);
    }

    /**
     * Refuses a rule list an administrator cannot mean: unknown grades, figures out of range or with more than two
     * decimals, a lower bound not below its upper bound, a rule without conditions before the last (it hides every
     * rule after it), or a last rule with conditions (customers would be left without a grade). Rule numbers in the
     * messages count from 1.
     */
    public static void validate(GradeScheme scheme, List<GradeThresholdRow> rows) {
        if (rows.isEmpty() || rows.size() > MAX_RULES) {
            throw new BusinessException("customer.grades.rules.count", MAX_RULES);
        }
        for (int i = 0; i < rows.size(); i++) {
            GradeThresholdRow row = rows.get(i);
            int number = i + 1;
            if (row.grade() == null || !scheme.has(row.grade())) {
                throw new BusinessException("customer.grades.rules.grade", number);
            }
            checkFigure(number, row.minAmount(), BigDecimal.ZERO, MAX_AMOUNT);
            checkFigure(number, row.maxAmount(), BigDecimal.ZERO, MAX_AMOUNT);
            checkFigure(number, row.minMargin(), MAX_MARGIN.negate(), MAX_MARGIN);
            checkFigure(number, row.maxMargin(), MAX_MARGIN.negate(), MAX_MARGIN);
            if (row.minAmount() != null && row.maxAmount() != null && row.minAmount().compareTo(row.maxAmount()) >= 0) {
                throw new BusinessException("customer.grades.rules.amountRange", number);
            }
            if (row.minMargin() != null && row.maxMargin() != null && row.minMargin().compareTo(row.maxMargin()) >= 0) {
                throw new BusinessException("customer.grades.rules.marginRange", number);
            }
            boolean last = i == rows.size() - 1;
            if (!last && row.unconditional()) {
                throw new BusinessException("customer.grades.rules.hidesLater", number);
            }
            if (last && !row.unconditional()) {
                throw new BusinessException("customer.grades.rules.lastOpen", number);
            }
        }
    }

    private static void checkFigure(int number, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0
                || value.stripTrailingZeros().scale() > 2)) {
            throw new BusinessException("customer.grades.rules.figure", number);
        }
    }
}
