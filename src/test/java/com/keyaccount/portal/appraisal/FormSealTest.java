package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormSealTest {

    private static FormAnswers answers(String score) {
        return FormAnswers.empty()
                .withBand("B", new FormAnswers.BandAnswer(BandLevel.MEETS, new BigDecimal("80"), BandLevel.EXCEEDS,
                        new BigDecimal(score), "评语"))
                .withKpi("K", new FormAnswers.KpiAnswer(new BigDecimal("100"), new BigDecimal("95"), null,
                        KpiSource.SALES))
                .withText("T", new FormAnswers.TextAnswer(List.of(new FormAnswers.PointAnswer("总结", null, "好")),
                        new BigDecimal("88")));
    }

    private static FormSeal seal(FormAnswers answers, String total) {
        return new FormSeal(7, 3, 11, 5, "SALES_REP_MONTHLY", 1, answers, List.of(new OpinionEntry("O", 0,
                LocalizedText.of("客户服务部", "Customer service"), 4L, "配合良好", new BigDecimal("90"), "林峰",
                Instant.parse("2026-10-08T02:00:00Z"))), new BigDecimal(total), ResultLevel.EXCELLENT);
    }

    @Test
    void theHashIsSha256OfTheCanonicalContent() {
        FormSeal seal = seal(answers("92"), "91.50");
        assertThat(seal.hash()).matches("[0-9a-f]{64}").isEqualTo(FormSeal.sha256(seal.canonicalContent()));
        // the SHA-256 test vector of "abc"
        assertThat(FormSeal.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theSameContentHashesTheSameWhateverTheScalesOrTheMapOrder() {
        FormAnswers reordered = FormAnswers.empty()
                .withText("T", new FormAnswers.TextAnswer(List.of(new FormAnswers.PointAnswer("总结", null, "好")),
                        new BigDecimal("88.00")))
                .withKpi("K", new FormAnswers.KpiAnswer(new BigDecimal("100.0"), new BigDecimal("95"), null,
                        KpiSource.SALES))
                .withBand("B", new FormAnswers.BandAnswer(BandLevel.MEETS, new BigDecimal("80.0"),
                        BandLevel.EXCEEDS, new BigDecimal("92.00"), "评语"));
        assertThat(seal(reordered, "91.5").hash()).isEqualTo(seal(answers("92"), "91.50").hash());
    }

    @Test
    void anyChangedAnswerOrTotalGivesAnotherHash() {
        String original = seal(answers("92"), "91.50").hash();
        assertThat(seal(answers("93"), "91.50").hash()).isNotEqualTo(original);
        assertThat(seal(answers("92"), "91.60").hash()).isNotEqualTo(original);
        assertThat(seal(answers("92").withText("T", new FormAnswers.TextAnswer(List.of(
                new FormAnswers.PointAnswer("总结。", null, "好")), new BigDecimal("88"))), "91.50").hash())
                .isNotEqualTo(original);
    }

    @Test
    void theCanonicalContentKeepsChineseTextReadable() {
        assertThat(seal(answers("92"), "91.50").canonicalContent()).contains("客户服务部", "配合良好", "\"92\"");
    }
}
