package com.keyaccount.portal.appraisal;

import static com.keyaccount.portal.appraisal.AppraisalFixtures.composite;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.profilePart;
import static com.keyaccount.portal.appraisal.AppraisalFixtures.sectionPart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.appraisal.CompositeScoring.CompositeInput;
import com.keyaccount.portal.appraisal.CompositeScoring.CompositeResult;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 综合得分 = Σ weight ÷ 100 × part score, rounded once to scale 2 HALF_UP. */
class CompositeScoringTest {

    private static final LocalDate QUARTER_END = LocalDate.of(2025, 3, 31);
    private static final Composite COMPOSITE = composite("COMPOSITE", List.of(sectionPart("PERFORMANCE", "50"),
            sectionPart("ASSESSMENT", "30"), profilePart(ProfileKind.EDUCATION, "10"),
            profilePart(ProfileKind.SENIORITY, "10")));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static CompositeInput input(String performance, String assessment, EducationLevel education,
            LocalDate hired, ResultLevel previous, Integer grade) {
        return new CompositeInput(Map.of("PERFORMANCE", d(performance), "ASSESSMENT", d(assessment)), education,
                hired, QUARTER_END, previous, grade);
    }

    @Test
    void weightedSumOfSectionsAndProfileScoresIsRoundedOnceAtTheEnd() {
        // 0.5 × 84.51 + 0.3 × 78.33 + 0.1 × 80 (本科) + 0.1 × 90 (5 years) = 82.754 → 82.75 (per-part rounding: 82.76)
        CompositeResult result = CompositeScoring.score(COMPOSITE, LevelScale.defaults(),
                input("84.51", "78.33", EducationLevel.BACHELOR, LocalDate.of(2020, 3, 31), ResultLevel.AVERAGE, 7));
        assertThat(result.total()).isEqualTo(d("82.75"));
        assertThat(result.level()).isEqualTo(ResultLevel.GOOD);
        assertThat(result.previousResult()).isEqualTo(ResultLevel.AVERAGE);
        assertThat(result.gradeChange()).isEqualTo(new SalaryGradeRule.SalaryGradeChange(0, 7));
    }

    @Test
    void everyPartIsReportedWithItsScoreAndContribution() {
        CompositeResult result = CompositeScoring.score(COMPOSITE, LevelScale.defaults(),
                input("84.51", "78.33", EducationLevel.BACHELOR, LocalDate.of(2020, 3, 31), null, 7));
        assertThat(result.parts()).extracting(CompositeScoring.PartScore::score)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("84.51"), d("78.33"), d("80"), d("90"));
        assertThat(result.parts()).extracting(CompositeScoring.PartScore::contribution)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("42.255"), d("23.499"), d("8"), d("9"));
        assertThat(result.parts()).extracting(CompositeScoring.PartScore::part).containsExactlyElementsOf(
                COMPOSITE.parts());
    }

    @Test
    void excellentCompositeSuggestsOneGradeUp() {
        // 47.5 + 27.6 + 10 (博士) + 10 (15 years) = 95.10
        CompositeResult result = CompositeScoring.score(COMPOSITE, LevelScale.defaults(),
                input("95", "92", EducationLevel.DOCTORATE, LocalDate.of(2010, 1, 1), ResultLevel.GOOD, 7));
        assertThat(result.total()).isEqualTo(d("95.10"));
        assertThat(result.level()).isEqualTo(ResultLevel.EXCELLENT);
        assertThat(result.gradeChange()).isEqualTo(new SalaryGradeRule.SalaryGradeChange(1, 8));
    }

    @Test
    void failingCompositeSuggestsOneGradeDownButNotBelowOne() {
        // 20 + 15 + 6 (高中) + 6 (new) = 47.00
        CompositeResult result = CompositeScoring.score(COMPOSITE, LevelScale.defaults(),
                input("40", "50", EducationLevel.HIGH_SCHOOL_OR_BELOW, LocalDate.of(2025, 1, 2), null, 1));
        assertThat(result.total()).isEqualTo(d("47.00"));
        assertThat(result.level()).isEqualTo(ResultLevel.FAIL);
        assertThat(result.gradeChange()).isEqualTo(new SalaryGradeRule.SalaryGradeChange(0, 1));
    }

    @Test
    void editedLevelThresholdsDecideTheLevel() {
        LevelScale strict = new LevelScale(d("96"), d("90"), d("80"), d("70"), false);
        CompositeResult result = CompositeScoring.score(COMPOSITE, strict,
                input("95", "92", EducationLevel.DOCTORATE, LocalDate.of(2010, 1, 1), null, null));
        assertThat(result.level()).isEqualTo(ResultLevel.GOOD);
        assertThat(result.gradeChange()).isEqualTo(new SalaryGradeRule.SalaryGradeChange(0, null));
    }

    @Test
    void missingSectionScoreIsRefusedNamingThePart() {
        CompositeInput onlyPerformance = new CompositeInput(Map.of("PERFORMANCE", d("80")), EducationLevel.MASTER,
                LocalDate.of(2020, 1, 1), QUARTER_END, null, 5);
        assertThatThrownBy(() -> CompositeScoring.score(COMPOSITE, LevelScale.defaults(), onlyPerformance))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("appraisal.composite.partScoreMissing");
                    assertThat(e.arguments()).containsExactly("ASSESSMENT");
                });
    }

    @Test
    void missingEducationOrHireDateIsRefused() {
        assertThatThrownBy(() -> CompositeScoring.score(COMPOSITE, LevelScale.defaults(),
                input("80", "80", null, LocalDate.of(2020, 1, 1), null, 5)))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("appraisal.profile.educationMissing");
        assertThatThrownBy(() -> CompositeScoring.score(COMPOSITE, LevelScale.defaults(),
                input("80", "80", EducationLevel.MASTER, null, null, 5)))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("appraisal.profile.hireDateMissing");
    }

    @Test
    void standardCompositeScoresFromItsOwnSections() {
        TemplateDefinition template = StandardTemplates.kaManagerQuarterlyComposite();
        Composite standard = template.section("COMPOSITE").orElseThrow().itemsOf(Composite.class).getFirst();
        CompositeResult result = CompositeScoring.score(standard, template.levels(),
                input("84.51", "78.33", EducationLevel.BACHELOR, LocalDate.of(2020, 3, 31), null, 7));
        assertThat(result.total()).isEqualTo(d("82.75"));
    }
}
