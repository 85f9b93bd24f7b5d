package com.keyaccount.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search text becomes a LIKE pattern whose wildcards match themselves (queries declare {@code escape '!'}). */
class LikePatternsTest {

    @Test
    void underscoreIsEscapedSoItMatchesOnlyAnUnderscore() {
        assertThat(LikePatterns.contains("_")).isEqualTo("%!_%");
    }

    @Test
    void percentIsEscaped() {
        assertThat(LikePatterns.contains("50%")).isEqualTo("%50!%%");
    }

    @Test
    void theEscapeCharacterItselfIsEscaped() {
        assertThat(LikePatterns.contains("a!b")).isEqualTo("%a!!b%");
    }

    @Test
    void textIsTrimmedAndLowerCased() {
        assertThat(LikePatterns.startsWith("  KA_1 ")).isEqualTo("ka!_1%");
        assertThat(LikePatterns.contains("张伟")).isEqualTo("%张伟%");
    }

    @Test
    void blankTextMeansNoFilter() {
        assertThat(LikePatterns.contains(null)).isNull();
        assertThat(LikePatterns.contains("   ")).isNull();
        assertThat(LikePatterns.startsWith("")).isNull();
    }
}
