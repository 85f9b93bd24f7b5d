package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 学历分 and 工龄分 of 000 大客户经理季度综合考评表: the points an employee's education and years of service are worth. The
 * source gives no tables (RULES 7.7), so {@link #defaults()} is the portal's choice, editable per template, on the same
 * 0–100 scale as the other parts of the composite:
 * <ul>
 * <li>education: 高中及以下 60, 大专 70, 本科 80, 硕士 90, 博士 100;</li>
 * <li>seniority (full years from the hire date to the period end): under 1 year 60, from 1 year 70, from 3 years 80,
 * from 5 years 90, from 10 years 100.</li>
 * </ul>
 * Completeness of the tables is checked by {@link TemplateValidator}.
 *
 * @param education    points per {@link EducationLevel}
 * @param seniority    brackets ascending by {@code fromYears}, the first from 0
 * @param defaultValue true while these are the portal's defaults
 */
public record ProfileScores(Map<EducationLevel, BigDecimal> education, List<SeniorityBracket> seniority,
        boolean defaultValue) {

    public ProfileScores {
        education = Map.copyOf(education);
        seniority = List.copyOf(seniority);
    }

    /**
     * From {@code fromYears} full years of service on, an employee earns {@code points}.
     *
     * @param fromYears the bracket's lowest number of full years, 0 or more
     * @param points    the 工龄分 of the bracket
     */
    public record SeniorityBracket(int fromYears, BigDecimal points) {

        public SeniorityBracket {
            Objects.requireNonNull(points, "points");
        }
    }

    /** The portal's default tables, flagged as defaults. */
    public static ProfileScores defaults() {
        Map<EducationLevel, BigDecimal> education = new EnumMap<>(EducationLevel.class);
        education.put(EducationLevel.HIGH_SCHOOL_OR_BELOW, new BigDecimal("60"));
        education.put(EducationLevel.JUNIOR_COLLEGE, new BigDecimal("70"));
        education.put(EducationLevel.BACHELOR, new BigDecimal("80"));
        education.put(EducationLevel.MASTER, new BigDecimal("90"));
        education.put(EducationLevel.DOCTORATE, new BigDecimal("100"));
        List<SeniorityBracket> seniority = List.of(new SeniorityBracket(0, new BigDecimal("60")),
                new SeniorityBracket(1, new BigDecimal("70")), new SeniorityBracket(3, new BigDecimal("80")),
                new SeniorityBracket(5, new BigDecimal("90")), new SeniorityBracket(10, new BigDecimal("100")));
        return new ProfileScores(education, seniority, true);
    }

    /** 学历分; refused when the employee's education is not recorded. */
    public BigDecimal educationScore(EducationLevel level) {
        if (level == null) {
            throw AppraisalProblem.of("appraisal.profile.educationMissing").toException();
        }
        BigDecimal points = education.get(level);
        if (points == null) {
            throw AppraisalProblem.of("appraisal.profile.educationUnscored", level.name()).toException();
        }
        return points;
    }

    /** 工龄分 for the full years of service from {@code hireDate} to {@code periodEnd}. */
    public BigDecimal seniorityScore(LocalDate hireDate, LocalDate periodEnd) {
        int years = yearsOfService(hireDate, periodEnd);
        return seniority.stream().filter(bracket -> bracket.fromYears() <= years)
                .max(Comparator.comparingInt(SeniorityBracket::fromYears))
                .map(SeniorityBracket::points)
                .orElseThrow(() -> AppraisalProblem.of("appraisal.profile.seniorityUnscored", years).toException());
    }

    /**
     * Full years of service from the hire date to the period end (a period ending the day before the anniversary
     * does not count the year); 0 when hired after the period ended. Refused when the hire date is not recorded.
     */
    public static int yearsOfService(LocalDate hireDate, LocalDate periodEnd) {
        if (hireDate == null) {
            throw AppraisalProblem.of("appraisal.profile.hireDateMissing").toException();
        }
        Objects.requireNonNull(periodEnd, "periodEnd");
        return hireDate.isAfter(periodEnd) ? 0 : Period.between(hireDate, periodEnd).getYears();
    }
}
