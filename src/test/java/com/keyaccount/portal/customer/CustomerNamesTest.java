package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerNamesTest {

    @Test
    void legalFormWordsAndBracketsAreIgnored() {
        assertThat(CustomerNames.key("宏达商贸有限公司")).isEqualTo("宏达商贸");
        assertThat(CustomerNames.key("宏达商贸（集团）有限公司")).isEqualTo("宏达商贸");
        assertThat(CustomerNames.key("宏达商贸股份有限公司")).isEqualTo("宏达商贸");
        assertThat(CustomerNames.key("宏达商贸有限责任公司")).isEqualTo("宏达商贸");
        assertThat(CustomerNames.key("【宏达】商贸公司")).isEqualTo("宏达商贸");
        assertThat(CustomerNames.similar("宏达商贸有限公司", "宏达商贸（集团）有限公司")).isTrue();
    }

    @Test
    void bracketContentIsKept() {
        assertThat(CustomerNames.key("宏达（上海）商贸有限公司")).isEqualTo("宏达上海商贸");
        assertThat(CustomerNames.key("宏达[中国]商贸")).isEqualTo("宏达中国商贸");
    }

    @Test
    void fullWidthAndHalfWidthCharactersAreTheSame() {
        assertThat(CustomerNames.key("ＡＢＣ贸易有限公司")).isEqualTo("abc贸易");
        assertThat(CustomerNames.similar("ＡＢＣ贸易有限公司", "abc 贸易 有限公司")).isTrue();
        assertThat(CustomerNames.key("宏达１２３")).isEqualTo("宏达123");
    }

    @Test
    void englishLegalFormsCaseAndPunctuationAreIgnored() {
        assertThat(CustomerNames.key("Huawei Technologies Co., Ltd.")).isEqualTo("huaweitechnologies");
        assertThat(CustomerNames.similar("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES")).isTrue();
        assertThat(CustomerNames.key("Siemens GmbH")).isEqualTo("siemens");
        assertThat(CustomerNames.key("Acme Corp")).isEqualTo("acme");
        assertThat(CustomerNames.key("Apple Inc.")).isEqualTo("apple");
        assertThat(CustomerNames.key("Example Trading Limited LLC")).isEqualTo("exampletrading");
        assertThat(CustomerNames.key("华为Co.,Ltd")).isEqualTo("华为");
    }

    @Test
    void legalFormLettersInsideWordsStay() {
        assertThat(CustomerNames.key("Costco Wholesale")).isEqualTo("costcowholesale");
        assertThat(CustomerNames.key("Zinc Incubator")).isEqualTo("zincincubator");
    }

    @Test
    void factoryAndTradingHouseAreIgnoredOnlyAtTheEnd() {
        assertThat(CustomerNames.key("宏达纺织厂")).isEqualTo("宏达纺织");
        assertThat(CustomerNames.key("宏达商行")).isEqualTo("宏达");
        assertThat(CustomerNames.key("厂房租赁服务部")).isEqualTo("厂房租赁服务部");
        assertThat(CustomerNames.similar("宏达纺织厂", "宏达纺织有限公司")).isTrue();
    }

    @Test
    void shopIsPartOfTheName() {
        assertThat(CustomerNames.key("宏达大酒店")).isEqualTo("宏达大酒店");
    }

    @Test
    void branchKeepsItsOwnKeyButIsSimilarToItsParent() {
        assertThat(CustomerNames.key("宏达商贸有限公司上海分公司")).isEqualTo("宏达商贸上海分公司");
        assertThat(CustomerNames.similar("宏达商贸有限公司上海分公司", "宏达商贸有限公司")).isTrue();
    }

    @Test
    void regionsAreKeptSoSameNameInAnotherCityIsOnlySimilarByContainment() {
        assertThat(CustomerNames.key("北京市宏达商贸有限公司")).isEqualTo("北京市宏达商贸");
        assertThat(CustomerNames.similar("北京市宏达商贸有限公司", "宏达商贸有限公司")).isTrue();
    }

    @Test
    void differentCompaniesAreNotSimilar() {
        assertThat(CustomerNames.similar("北京宏达", "上海宏大")).isFalse();
        assertThat(CustomerNames.similar("宏达商贸有限公司", "宏大商贸有限公司")).isFalse();
        assertThat(CustomerNames.similar("华为技术有限公司", "中兴通讯股份有限公司")).isFalse();
        assertThat(CustomerNames.similar("Huawei Technologies", "Honor Technologies")).isFalse();
    }

    @Test
    void shortNamesAreNotSimilarByContainment() {
        // 宏达 (2 characters) is inside countless names: only an equal short key warns
        assertThat(CustomerNames.similar("宏达有限公司", "宏达商贸有限公司")).isFalse();
        assertThat(CustomerNames.similar("宏达有限公司", "宏达公司")).isTrue();
    }

    @Test
    void oneTypingErrorInALongNameIsSimilar() {
        assertThat(CustomerNames.similar("深圳市宏达电子科技有限公司", "深圳市宏大电子科技有限公司")).isTrue();
        assertThat(CustomerNames.similar("Shenzhen Hongda Electronics", "Shenzhen Hongda Electronic")).isTrue();
    }

    @Test
    void oneDifferenceInAShortNameIsNot() {
        // 6 characters, one substitution: 0.83 < 0.85
        assertThat(CustomerNames.similar("宏达电子科技", "宏大电子科技")).isFalse();
    }

    @Test
    void namesWithoutLettersOrDigitsAreSimilarToNothing() {
        assertThat(CustomerNames.key(null)).isEmpty();
        assertThat(CustomerNames.key("（）—— ")).isEmpty();
        assertThat(CustomerNames.similar("（）", "（）")).isFalse();
        assertThat(CustomerNames.similar(null, "宏达商贸")).isFalse();
    }

    @Test
    void nameMadeOnlyOfLegalFormsKeepsThem() {
        assertThat(CustomerNames.key("集团有限公司")).isEqualTo("集团有限公司");
        assertThat(CustomerNames.key("Company Limited")).isEqualTo("companylimited");
    }

    @Test
    void markupIsReducedToItsLetters() {
        assertThat(CustomerNames.key("<b>宏达</b>商贸")).isEqualTo("b宏达b商贸");
    }

    @Test
    void charactersOutsideTheBmpStayWhole() {
        String key = CustomerNames.key("𠀀𠀁商贸（集团）有限公司");
        assertThat(key).isEqualTo("𠀀𠀁商贸");
        assertThat(key.codePointCount(0, key.length())).isEqualTo(4);
        assertThat(CustomerNames.similar("𠀀𠀁商贸有限公司", "𠀀𠀁商贸集团")).isTrue();
        assertThat(CustomerNames.similar("𠀀𠀁商贸", "𠀀𠀂商贸")).isFalse();
    }

    @Test
    void editDistanceCountsCodePointsNotUtf16Units() {
        int[] a = "𠀀宏达商贸电子科技".codePoints().toArray();
        int[] b = "𠀁宏达商贸电子科技".codePoints().toArray();
        assertThat(CustomerNames.levenshtein(a, b)).isEqualTo(1);
        assertThat(CustomerNames.similar("𠀀宏达商贸电子科技", "𠀁宏达商贸电子科技")).isTrue();
    }

    @Test
    void fiveHundredCharacterNamesAreComparedQuickly() {
        String longName = "宏达".repeat(250);
        String almost = "宏达".repeat(249) + "宏大";
        long start = System.nanoTime();
        assertThat(CustomerNames.similar(longName, almost)).isTrue();
        assertThat(CustomerNames.similar(longName, "华为".repeat(250))).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        assertThat(CustomerNames.key(longName + "有限公司")).hasSize(500);
    }

    @Test
    void nameTokensArePairsOfAdjacentIdeographs() {
        assertThat(CustomerNames.nameTokens("长沙宏达商贸")).containsExactly("长沙", "沙宏", "宏达", "达商", "商贸");
        assertThat(CustomerNames.nameTokens("宏达宏达")).containsExactly("宏达", "达宏");
        // latin, digits, brackets and ideographs outside the BMP break the pairs; compatibility ideographs are NFKC'd
        assertThat(CustomerNames.nameTokens("ABC贸易(北京)1号𠀀店")).containsExactly("贸易", "北京");
        assertThat(CustomerNames.nameTokens("\uF900\u4E00")).containsExactly("\u8C48\u4E00");
        assertThat(CustomerNames.nameTokens("华")).isEmpty();
        assertThat(CustomerNames.nameTokens(null)).isEmpty();
    }

    @Test
    void searchTokensLeaveOutTheLegalFormWordsNearlyEveryNameHas() {
        assertThat(CustomerNames.nameTokens("宏达股份有限公司")).contains("有限", "公司");
        assertThat(CustomerNames.searchTokens("宏达股份有限公司")).containsExactly("宏达", "达股");
        assertThat(CustomerNames.searchTokens("宏达集团有限责任公司")).containsExactly("宏达", "达集", "团有");
        assertThat(CustomerNames.searchTokens("有限公司")).isEmpty();
    }
}
