package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is written on one appraisal form (考核表), item by item, keyed by the template's item codes: the band and score
 * of each banded indicator (with the employee's own band and score from the self-assessment), the target and actual of
 * each KPI, and the text, remarks and comment of each point of a text section. The department opinions
 * (相关部门意见) are signed one by one and kept apart ({@link OpinionEntry}). Immutable: the {@code with…} methods
 * return a copy.
 *
 * @param bands banded indicators by item code
 * @param kpis  KPI rows by item code
 * @param texts text sections by item code
 */
public record FormAnswers(Map<String, BandAnswer> bands, Map<String, KpiAnswer> kpis, Map<String, TextAnswer> texts) {

    public FormAnswers {
        bands = Map.copyOf(bands);
        kpis = Map.copyOf(kpis);
        texts = Map.copyOf(texts);
    }

    /** A blank form. */
    public static FormAnswers empty() {
        return new FormAnswers(Map.of(), Map.of(), Map.of());
    }

    public BandAnswer band(String itemCode) {
        return bands.getOrDefault(itemCode, BandAnswer.EMPTY);
    }

    public KpiAnswer kpi(String itemCode) {
        return kpis.getOrDefault(itemCode, KpiAnswer.EMPTY);
    }

    public TextAnswer text(String itemCode) {
        return texts.getOrDefault(itemCode, TextAnswer.EMPTY);
    }

    public FormAnswers withBand(String itemCode, BandAnswer answer) {
        Map<String, BandAnswer> copy = new LinkedHashMap<>(bands);
        copy.put(itemCode, answer);
        return new FormAnswers(copy, kpis, texts);
    }

    public FormAnswers withKpi(String itemCode, KpiAnswer answer) {
        Map<String, KpiAnswer> copy = new LinkedHashMap<>(kpis);
        copy.put(itemCode, answer);
        return new FormAnswers(bands, copy, texts);
    }

    public FormAnswers withText(String itemCode, TextAnswer answer) {
        Map<String, TextAnswer> copy = new LinkedHashMap<>(texts);
        copy.put(itemCode, answer);
        return new FormAnswers(bands, kpis, copy);
    }

    /** What the employee may see before the form is final: their own entries, no reviewer scores or comments. */
    public FormAnswers selfPart() {
        Map<String, BandAnswer> ownBands = new LinkedHashMap<>();
        bands.forEach((code, a) -> ownBands.put(code, new BandAnswer(a.selfBand(), a.selfScore(), null, null, null)));
        Map<String, TextAnswer> ownTexts = new LinkedHashMap<>();
        texts.forEach((code, a) -> ownTexts.put(code, new TextAnswer(a.points().stream()
                .map(p -> new PointAnswer(p.text(), p.remarks(), null)).toList(), null)));
        return new FormAnswers(ownBands, kpis, ownTexts);
    }

    /**
     * These answers with the employee's entries of {@code input} taken over: own band and score, KPI actuals typed,
     * the text and remarks of each point. Reviewer entries of {@code input} are ignored.
     */
    public FormAnswers mergeSelf(FormAnswers input) {
        FormAnswers merged = this;
        for (Map.Entry<String, BandAnswer> e : input.bands.entrySet()) {
            merged = merged.withBand(e.getKey(), band(e.getKey()).withSelf(e.getValue().selfBand(),
                    e.getValue().selfScore()));
        }
        for (Map.Entry<String, KpiAnswer> e : input.kpis.entrySet()) {
            KpiAnswer old = kpi(e.getKey());
            KpiAnswer typed = e.getValue();
            merged = merged.withKpi(e.getKey(), new KpiAnswer(old.target(), typed.actual(), typed.halfYearActual(),
                    sourceOf(old, typed)));
        }
        for (Map.Entry<String, TextAnswer> e : input.texts.entrySet()) {
            TextAnswer old = text(e.getKey());
            List<PointAnswer> points = new ArrayList<>();
            for (int i = 0; i < Math.max(old.points().size(), e.getValue().points().size()); i++) {
                PointAnswer typed = e.getValue().point(i);
                points.add(new PointAnswer(typed.text(), typed.remarks(), old.point(i).comment()));
            }
            merged = merged.withText(e.getKey(), new TextAnswer(points, old.score()));
        }
        return merged;
    }

    /**
     * These answers with the reviewer's entries of {@code input} taken over: band, score and comment, KPI targets
     * and actuals, each point's comment and the part's score. The employee's own entries are kept.
     */
    public FormAnswers mergeReview(FormAnswers input) {
        FormAnswers merged = this;
        for (Map.Entry<String, BandAnswer> e : input.bands.entrySet()) {
            BandAnswer r = e.getValue();
            merged = merged.withBand(e.getKey(), band(e.getKey()).withReview(r.band(), r.score(), r.comment()));
        }
        for (Map.Entry<String, KpiAnswer> e : input.kpis.entrySet()) {
            KpiAnswer old = kpi(e.getKey());
            KpiAnswer typed = e.getValue();
            merged = merged.withKpi(e.getKey(), new KpiAnswer(typed.target(), typed.actual(), typed.halfYearActual(),
                    sourceOf(old, typed)));
        }
        for (Map.Entry<String, TextAnswer> e : input.texts.entrySet()) {
            TextAnswer old = text(e.getKey());
            List<PointAnswer> points = new ArrayList<>();
            for (int i = 0; i < Math.max(old.points().size(), e.getValue().points().size()); i++) {
                PointAnswer own = old.point(i);
                points.add(new PointAnswer(own.text(), own.remarks(), e.getValue().point(i).comment()));
            }
            merged = merged.withText(e.getKey(), new TextAnswer(points, e.getValue().score()));
        }
        return merged;
    }

    /** A number filled from the portal stays marked so until someone types another. */
    private static KpiSource sourceOf(KpiAnswer old, KpiAnswer typed) {
        boolean unchanged = old.actual() != null && typed.actual() != null && old.actual().compareTo(typed.actual()) == 0;
        return unchanged ? old.source() : typed.actual() == null ? KpiSource.TYPED : typed.source();
    }

    /**
     * One banded indicator: the employee's own view (自评) and the reviewer's band and score (考评), with a comment.
     *
     * @param selfBand  the band the employee chose, or null
     * @param selfScore the employee's score inside it, or null
     * @param band      the reviewer's band, or null before scoring
     * @param score     the reviewer's score inside it, or null before scoring
     * @param comment   the reviewer's comment, or null
     */
    public record BandAnswer(BandLevel selfBand, BigDecimal selfScore, BandLevel band, BigDecimal score,
            String comment) {

        static final BandAnswer EMPTY = new BandAnswer(null, null, null, null, null);

        public BandAnswer withSelf(BandLevel level, BigDecimal value) {
            return new BandAnswer(level, value, band, score, comment);
        }

        public BandAnswer withReview(BandLevel level, BigDecimal value, String text) {
            return new BandAnswer(selfBand, selfScore, level, value, text);
        }
    }

    /**
     * One KPI row: 目标量 and 实际量 (and 半年期结果 on the annual form), with where the actual came from.
     *
     * @param target         the target for this form; null means the template's default
     * @param actual         实际量 / 年终结果, or null while unknown
     * @param halfYearActual 半年期结果, or null
     * @param source         where {@code actual} came from
     */
    public record KpiAnswer(BigDecimal target, BigDecimal actual, BigDecimal halfYearActual, KpiSource source) {

        static final KpiAnswer EMPTY = new KpiAnswer(null, null, null, KpiSource.TYPED);

        public KpiAnswer {
            source = source == null ? KpiSource.TYPED : source;
        }
    }

    /**
     * One text section of a self-report (工作总结, 问题分析解决方案, 下一阶段工作计划): a {@link PointAnswer} per point of
     * the template, in its order, and the reviewer's score of the whole part.
     *
     * @param points one per point of the template (missing points are blank)
     * @param score  the reviewer's score, or null
     */
    public record TextAnswer(List<PointAnswer> points, BigDecimal score) {

        static final TextAnswer EMPTY = new TextAnswer(List.of(), null);

        public TextAnswer {
            points = List.copyOf(points);
        }

        /** The answer to the point at {@code index}, blank when none was written. */
        public PointAnswer point(int index) {
            return index < points.size() ? points.get(index) : PointAnswer.EMPTY;
        }
    }

    /**
     * One point of a text section.
     *
     * @param text    what the employee wrote
     * @param remarks 备注
     * @param comment the reviewer's 评语
     */
    public record PointAnswer(String text, String remarks, String comment) {

        static final PointAnswer EMPTY = new PointAnswer(null, null, null);
    }
}
