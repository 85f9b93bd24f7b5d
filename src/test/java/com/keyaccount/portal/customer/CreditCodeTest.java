package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.customer.CreditCode.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** With its correct check character appended, so only the problem under test remains. */
    private static String withCheck(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91440300708461136T", // 深圳市腾讯计算机系统有限公司
        "914403001922038216", // 华为技术有限公司
        "91110108551385082Q", // 北京小米科技有限责任公司
        "91110000802100433B", // 北京百度网讯科技有限公司
        "91350100M000100Y43", // the example printed in many guides to GB 32100-2015
        "91330100799655058B", // 工商, 企业, Hangzhou
        "31110000E00017891P", // 司法行政, 律师执业机构, Beijing
        "53100000500021676K" // 民政, 基金会, registered at national level (100000)
    })
    void publishedCodesAreValid(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(Problem.NONE);
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void checkCharacterIsComputedWithPowersOfThreeModulo31() {
        assertThat(CreditCode.checkCharacter("91440300708461136")).isEqualTo('T');
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.checkCharacter("91110000802100433")).isEqualTo('B');
    }

    @Test
    void checkCharacterZeroWhenTheWeightedSumIsAMultipleOf31() {
        // all zeros: sum 0 → (31 - 0) mod 31 = 0, the one case the outer modulo exists for
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void wrongCheckCharacterIsReportedAsSuch() {
        assertThat(CreditCode.check("91440300192203821N")).isEqualTo(Problem.CHECK_CHARACTER);
        assertThat(CreditCode.check("91440300708461136U")).isEqualTo(Problem.CHECK_CHARACTER);
        assertThat(CreditCode.isValid("91440300708461136U")).isFalse();
    }

    @Test
    void swappedNeighbouringCharactersAreCaught() {
        assertThat(CreditCode.check("91440300708461163T")).isEqualTo(Problem.CHECK_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "Z", "S", "V"})
    void lettersLeftOutOfTheCharsetAreRefused(String letter) {
        String code = "91440300" + letter + "08461136T";
        assertThat(CreditCode.check(code)).isEqualTo(Problem.CHARACTER);
    }

    @Test
    void punctuationAndLowerCaseAreCharacterProblemsUntilNormalized() {
        assertThat(CreditCode.check("91440300-08461136T")).isEqualTo(Problem.CHARACTER);
        assertThat(CreditCode.check("91440300708461136t")).isEqualTo(Problem.CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9144030070846113", "91440300708461136", "91440300708461136TT", "914403007084611360000"})
    void codesNotOfEighteenCharactersHaveALengthProblem(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(Problem.LENGTH);
    }

    @Test
    void nullHasALengthProblem() {
        assertThat(CreditCode.check(null)).isEqualTo(Problem.LENGTH);
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void unknownRegistrationAuthorityIsRefused() {
        assertThat(CreditCode.check(withCheck("B1440300708461136"))).isEqualTo(Problem.AUTHORITY);
        assertThat(CreditCode.check(withCheck("01440300708461136"))).isEqualTo(Problem.AUTHORITY);
    }

    @Test
    void categoryTheAuthorityDoesNotIssueIsRefused() {
        assertThat(CreditCode.check(withCheck("94440300708461136"))).isEqualTo(Problem.AUTHORITY);
        assertThat(CreditCode.check(withCheck("Y2440300708461136"))).isEqualTo(Problem.AUTHORITY);
        assertThat(CreditCode.check(withCheck("51440300708461136"))).isEqualTo(Problem.NONE);
        assertThat(CreditCode.check(withCheck("92440300708461136"))).isEqualTo(Problem.NONE);
        assertThat(CreditCode.check(withCheck("Y1440300708461136"))).isEqualTo(Problem.NONE);
        assertThat(CreditCode.check(withCheck("N2440300708461136"))).isEqualTo(Problem.NONE);
    }

    @Test
    void regionMustBeSixDigitsOfAProvinceOrTheNationalLevel() {
        assertThat(CreditCode.check(withCheck("9144A300708461136"))).isEqualTo(Problem.REGION);
        assertThat(CreditCode.check(withCheck("91990000708461136"))).isEqualTo(Problem.REGION);
        assertThat(CreditCode.check(withCheck("91000000708461136"))).isEqualTo(Problem.REGION);
        assertThat(CreditCode.check(withCheck("91101000708461136"))).isEqualTo(Problem.REGION);
        assertThat(CreditCode.check(withCheck("91100000708461136"))).isEqualTo(Problem.NONE);
        assertThat(CreditCode.check(withCheck("91820000708461136"))).isEqualTo(Problem.NONE);
    }

    @Test
    void problemsAreReportedMostBasicFirst() {
        // a wrong length hides the bad letter; a bad letter hides the wrong check character
        assertThat(CreditCode.check("9144030070846113O")).isEqualTo(Problem.LENGTH);
        assertThat(CreditCode.check("B144030070846113OX")).isEqualTo(Problem.CHARACTER);
        assertThat(CreditCode.check("B1990000708461136X")).isEqualTo(Problem.AUTHORITY);
    }

    @Test
    void normalizeAcceptsLowerCaseSpacesAndFullWidthCharacters() {
        assertThat(CreditCode.normalize(" 91440300708461136t ")).contains("91440300708461136T");
        assertThat(CreditCode.normalize("9144 0300 7084 6113 6T")).contains("91440300708461136T");
        assertThat(CreditCode.normalize("９１４４０３００７０８４６１１３６Ｔ")).contains("91440300708461136T");
        assertThat(CreditCode.normalize("91440300\u3000708461136\u00a0T")).contains("91440300708461136T");
        assertThat(CreditCode.normalize("９１３５０１００ｍ０００１００ｙ４３").map(CreditCode::isValid)).contains(true);
    }

    @Test
    void normalizeOfNothingIsEmpty() {
        assertThat(CreditCode.normalize(null)).isEmpty();
        assertThat(CreditCode.normalize("")).isEmpty();
        assertThat(CreditCode.normalize(" \u3000\t")).isEmpty();
    }

    @Test
    void normalizeKeepsWrongCharactersForCheckToReport() {
        assertThat(CreditCode.normalize("91440300-0846113 6T")).contains("91440300-08461136T");
        assertThat(CreditCode.check(CreditCode.normalize("91440300-0846113 6T").orElseThrow()))
                .isEqualTo(Problem.CHARACTER);
    }

    @Test
    void everyProblemButNoneHasAMessageKey() {
        assertThat(Problem.NONE.messageKey()).isEmpty();
        assertThat(Problem.LENGTH.messageKey()).contains("customer.creditCode.length");
        assertThat(Problem.CHARACTER.messageKey()).contains("customer.creditCode.character");
        assertThat(Problem.AUTHORITY.messageKey()).contains("customer.creditCode.authority");
        assertThat(Problem.REGION.messageKey()).contains("customer.creditCode.region");
        assertThat(Problem.CHECK_CHARACTER.messageKey()).contains("customer.creditCode.checkCharacter");
    }

    @Test
    void checkCharacterRefusesInputItCannotWeigh() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("9144030070846113"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("91440300I08461136"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
