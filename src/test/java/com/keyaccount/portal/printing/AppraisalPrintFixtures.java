package com.keyaccount.portal.printing;

import com.keyaccount.portal.appraisal.BandLevel;
import com.keyaccount.portal.appraisal.BandedIndicator;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.DepartmentOpinion;
import com.keyaccount.portal.appraisal.FormAnswers;
import com.keyaccount.portal.appraisal.FormScoring;
import com.keyaccount.portal.appraisal.FormStatus;
import com.keyaccount.portal.appraisal.KpiItem;
import com.keyaccount.portal.appraisal.KpiSource;
import com.keyaccount.portal.appraisal.OpinionEntry;
import com.keyaccount.portal.appraisal.ResultLevel;
import com.keyaccount.portal.appraisal.Scorecard;
import com.keyaccount.portal.appraisal.StandardTemplates;
import com.keyaccount.portal.appraisal.TemplateDefinition;
import com.keyaccount.portal.appraisal.TextSection;
import com.keyaccount.portal.org.EducationLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Realistic appraisal forms of the shipped 000 templates, scored by {@link FormScoring}, as the lead's
 * {@code AppraisalQueryService} will hand them to printing: the quarterly KA department cycle of 宏达商贸有限公司.
 */
final class AppraisalPrintFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant PRINTED_AT = Instant.parse("2026-10-12T02:30:00Z");
    static final LocalDate Q3_START = LocalDate.of(2026, 7, 1);
    static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);
    static final Instant SIGNED_AT = Instant.parse("2026-10-08T06:15:00Z");
    static final Instant APPROVED_AT = Instant.parse("2026-10-09T01:40:00Z");
    static final String HASH = "9f2c4e1ab37d5c08e6f41b2a7d3c9e05f18a6b4c2d7e9f0a1b3c5d7e9f1a2b3c";

    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴军",
        "徐丽", "孙浩", "马超", "朱琳", "胡斌", "郭佳", "何涛", "高燕", "林峰", "罗霞"};

    private AppraisalPrintFixtures() {
    }

    static PrintContext context(Locale locale) {
        return new PrintContext("宏达商贸有限公司", "陈志强", PRINTED_AT, ZONE, ReportLabels.of(locale));
    }

    /** 大客户经理管理绩效评定表, signed and approved, rank 2. */
    static Scorecard bandedScorecard() {
        TemplateDefinition template = StandardTemplates.kaManagerPerformance();
        FormAnswers answers = bands(template, 0, "沟通顺畅，下属愿意主动沟通");
        return scorecard(1001, template, "张伟", "KA-0001", "大客户经理", answers, List.of(), 2,
                new BigDecimal("82.50"), ResultLevel.GOOD, FormStatus.FINAL, true);
    }

    /** 销售代表月度考核表: 销售目标 95 % (475,000 of 500,000 元), 其他指标 120 %, three daily-work bands. */
    static Scorecard salesRepScorecard() {
        TemplateDefinition template = StandardTemplates.salesRepMonthly();
        FormAnswers answers = bands(template, 1, null)
                .withKpi("SALES_TARGET", new FormAnswers.KpiAnswer(new BigDecimal("500000"),
                        new BigDecimal("475000"), null, KpiSource.SALES))
                .withKpi("OTHER_INDICATORS", new FormAnswers.KpiAnswer(new BigDecimal("10"), new BigDecimal("12"),
                        null, KpiSource.TYPED));
        return new Scorecard(1002, 77, "2026年9月销售代表考核", template.period(), LocalDate.of(2026, 9, 1), Q3_END,
                template, "王芳", "KA-0002", "大客户部", "销售代表", "刘洋", FormStatus.SIGNED, answers, List.of(),
                score(template, answers, List.of(), null), 1, null, null, signature("刘洋"), null, true);
    }

    /** 销售经理年度考核表 with half-year and year-end results; 新客户开发成本 lower is better. */
    static Scorecard annualScorecard() {
        TemplateDefinition template = StandardTemplates.salesManagerAnnual();
        FormAnswers answers = FormAnswers.empty();
        int i = 0;
        for (KpiItem kpi : template.items().filter(KpiItem.class::isInstance).map(KpiItem.class::cast).toList()) {
            BigDecimal target = new BigDecimal(100 + 10 * i);
            BigDecimal actual = target.multiply(new BigDecimal(i % 3 == 0 ? "1.05" : "0.90"));
            answers = answers.withKpi(kpi.code(), new FormAnswers.KpiAnswer(target, actual,
                    target.divide(BigDecimal.TWO), KpiSource.TYPED));
            i++;
        }
        return new Scorecard(1003, 78, "2026年度销售经理考核", template.period(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), template, "李娜", "SM-0003", "销售部", "销售经理", "赵敏",
                FormStatus.SCORED, answers, List.of(), score(template, answers, List.of(), null), null, null, null,
                null, null, true);
    }

    /** 区域经理季度述职考评表 with every point written and four of five departments' opinions signed. */
    static Scorecard quarterlyReportScorecard() {
        TemplateDefinition template = StandardTemplates.regionalManagerQuarterlyReport();
        FormAnswers answers = FormAnswers.empty();
        int[] scores = {88, 80, 84};
        int section = 0;
        for (TextSection text : template.items().filter(TextSection.class::isInstance).map(TextSection.class::cast)
                .toList()) {
            List<FormAnswers.PointAnswer> points = new ArrayList<>();
            for (int p = 0; p < text.points().size(); p++) {
                points.add(new FormAnswers.PointAnswer(text.points().get(p).zh() + "：本季度重庆区域完成销售额"
                        + (320 + 10 * p) + "万元，新开发大客户" + (3 + p) + "家，重点客户回款及时。",
                        p == 0 ? "附销售明细表" : null, "情况属实，" + (p % 2 == 0 ? "继续保持" : "需加强跟进")));
            }
            answers = answers.withText(text.code(), new FormAnswers.TextAnswer(points,
                    new BigDecimal(scores[section++])));
        }
        DepartmentOpinion opinion = template.items().filter(DepartmentOpinion.class::isInstance)
                .map(DepartmentOpinion.class::cast).findFirst().orElseThrow();
        List<OpinionEntry> opinions = new ArrayList<>();
        String[] signers = {"孙浩", "马超", "朱琳", "胡斌"};
        for (int d = 0; d < opinion.departments().size() - 1; d++) {
            opinions.add(new OpinionEntry(opinion.code(), d, opinion.departments().get(d), 10L + d,
                    "配合积极，" + opinion.departments().get(d).zh() + "对接顺畅", new BigDecimal(85 + d), signers[d],
                    Instant.parse("2026-10-05T03:00:00Z").plusSeconds(3600L * d)));
        }
        return scorecard(1004, template, "刘洋", "RM-0004", "区域经理", answers, opinions, 1, new BigDecimal("79.00"),
                ResultLevel.AVERAGE, FormStatus.FINAL, true);
    }

    /** 大客户经理季度综合考评表: bachelor, hired 2019, previous 良好, grade 5; the seal no longer matches. */
    static Scorecard compositeScorecard() {
        TemplateDefinition template = StandardTemplates.kaManagerQuarterlyComposite();
        FormAnswers answers = bands(template, 0, null);
        FormScoring.Context context = new FormScoring.Context(EducationLevel.BACHELOR, LocalDate.of(2019, 3, 1),
                Q3_END, ResultLevel.GOOD, 5);
        return new Scorecard(1005, 76, "2026年第三季度大客户部考核", template.period(), Q3_START, Q3_END, template,
                "陈静", "KA-0005", "大客户部", "大客户经理", "刘洋", FormStatus.FINAL, answers, List.of(),
                FormScoring.score(template, answers, List.of(), context), 3, new BigDecimal("84.20"), ResultLevel.GOOD,
                signature("刘洋"), new Scorecard.SignatureLine("黄强", APPROVED_AT, HASH), false);
    }

    /** {@code count} scored 大客户经理管理绩效评定表 forms of one department, varied scores, ranked. */
    static List<Scorecard> department(int count) {
        TemplateDefinition template = StandardTemplates.kaManagerPerformance();
        List<Scorecard> cards = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            FormAnswers answers = spread(template, n);
            cards.add(scorecard(2000 + n, template, NAMES[n % NAMES.length] + (n < NAMES.length ? "" : n),
                    "KA-" + (2000 + n), "大客户经理", answers, List.of(), null, null, null, FormStatus.FINAL, true));
        }
        cards.sort(Comparator.comparing((Scorecard c) -> c.result().total()).reversed());
        List<Scorecard> ranked = new ArrayList<>();
        for (int r = 0; r < cards.size(); r++) {
            Scorecard c = cards.get(r);
            ranked.add(new Scorecard(c.formId(), c.cycleId(), c.cycleName(), c.period(), c.periodStart(),
                    c.periodEnd(), c.template(), c.employeeName(), c.employeeNo(), c.departmentName(), c.position(),
                    c.reviewerName(), c.status(), c.answers(), c.opinions(), c.result(), r + 1, c.previousTotal(),
                    c.previousLevel(), c.signature(), c.approval(), c.sealIntact()));
        }
        return ranked;
    }

    /** The department statement of {@link #department}: one row per scorecard, previous results on some. */
    static CycleResults results(List<Scorecard> cards) {
        List<CycleResults.Row> rows = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Scorecard c = cards.get(i);
            Map<String, BigDecimal> sections = new HashMap<>(c.result().sectionScores());
            rows.add(new CycleResults.Row(c.formId(), 500 + i, c.employeeName(), c.employeeNo(), c.departmentName(),
                    c.position(), c.reviewerName(), c.status(), sections, c.result().total(), c.result().level(),
                    c.rank(), i % 2 == 0 ? new BigDecimal("80.00") : null, i % 2 == 0 ? ResultLevel.GOOD : null,
                    null, null, 1));
        }
        Scorecard first = cards.getFirst();
        return new CycleResults(first.cycleId(), first.cycleName(), first.period(), first.periodStart(),
                first.periodEnd(), first.template(), 3L, "大客户部", rows, new BigDecimal("20"));
    }

    /** The {@code n}-th colleague's answers: bands best to worst by n % 4, scores lower inside the band by n % 5. */
    private static FormAnswers spread(TemplateDefinition template, int n) {
        FormAnswers answers = FormAnswers.empty();
        BandLevel[] levels = BandLevel.values();
        int[] top = {97, 87, 72, 55};
        int i = 0;
        for (BandedIndicator indicator : template.items().filter(BandedIndicator.class::isInstance)
                .map(BandedIndicator.class::cast).toList()) {
            int k = Math.min(3, n % 4 + i % 2);
            answers = answers.withBand(indicator.code(), new FormAnswers.BandAnswer(null, null, levels[k],
                    new BigDecimal(top[k] - n % 5), i == 0 ? "第" + (n + 1) + "位员工的评语" : null));
            i++;
        }
        return answers;
    }

    /** Every banded indicator answered: the reviewer's band shifted by {@code offset} per item, self one better. */
    private static FormAnswers bands(TemplateDefinition template, int offset, String comment) {
        FormAnswers answers = FormAnswers.empty();
        BandLevel[] levels = {BandLevel.EXCEEDS, BandLevel.MEETS, BandLevel.MEETS, BandLevel.APPROACHES};
        int[] scores = {95, 86, 80, 68};
        int i = 0;
        for (BandedIndicator indicator : template.items().filter(BandedIndicator.class::isInstance)
                .map(BandedIndicator.class::cast).toList()) {
            int k = (i + offset) % levels.length;
            answers = answers.withBand(indicator.code(), new FormAnswers.BandAnswer(levels[Math.max(0, k - 1)],
                    new BigDecimal(scores[Math.max(0, k - 1)]), levels[k], new BigDecimal(scores[k] - i % 3),
                    i == 0 ? comment : null));
            i++;
        }
        return answers;
    }

    private static Scorecard scorecard(long formId, TemplateDefinition template, String name, String number,
            String position, FormAnswers answers, List<OpinionEntry> opinions, Integer rank, BigDecimal previous,
            ResultLevel previousLevel, FormStatus status, boolean sealIntact) {
        return new Scorecard(formId, 76, "2026年第三季度大客户部考核", template.period(), Q3_START, Q3_END, template,
                name, number, "大客户部", position, "刘洋", status, answers, opinions,
                score(template, answers, opinions, previousLevel), rank, previous, previousLevel,
                signature("刘洋"), status == FormStatus.FINAL ? new Scorecard.SignatureLine("黄强", APPROVED_AT, HASH)
                        : null, sealIntact);
    }

    private static FormScoring.FormResult score(TemplateDefinition template, FormAnswers answers,
            List<OpinionEntry> opinions, ResultLevel previous) {
        return FormScoring.score(template, answers, opinions, new FormScoring.Context(EducationLevel.BACHELOR,
                LocalDate.of(2020, 5, 1), Q3_END, previous, 4));
    }

    private static Scorecard.SignatureLine signature(String name) {
        return new Scorecard.SignatureLine(name, SIGNED_AT, HASH);
    }
}
