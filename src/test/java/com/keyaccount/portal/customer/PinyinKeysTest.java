package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinKeysTest {

    @ParameterizedTest
    @CsvSource({
        "华为, huawei, hw",
        "重庆百货, chongqingbaihuo, cqbh",
        "长沙银行, changshayinhang, csyh",
        "厦门, xiamen, xm",
        "蚌埠, bengbu, bb",
        "重庆, chongqing, cq",
        "长沙, changsha, cs",
        "银行, yinhang, yh",
        "重庆银行, chongqingyinhang, cqyh",
        "长春, changchun, cc",
        "行长, hangzhang, hz",
        "单县, shanxian, sx",
        "长治, changzhi, cz",
        "黄陂, huangpi, hp",
        "六安, luan, la",
        "分行行长, fenhanghangzhang, fhhz",
        "招商银行厦门分行, zhaoshangyinhangxiamenfenhang, zsyhxmfh",
        "重庆长安汽车, chongqingchanganqiche, cqcaqc",
        "长沙宏达车行, changshahongdachehang, cshdch",
        "绿地控股, lvdikonggu, ldkg",
        "厦门大厦, xiamendasha, xmds",
        "宏达商贸有限公司, hongdashangmaoyouxiangongsi, hdsmyxgs"
    })
    void placeNamesAndBusinessWordsReadTheirPolyphonesRight(String text, String full, String initials) {
        assertThat(PinyinKeys.full(text)).isEqualTo(full);
        assertThat(PinyinKeys.initials(text)).isEqualTo(initials);
    }

    @ParameterizedTest
    @CsvSource({
        "单田芳, shantianfang, stf",
        "曾国藩, zengguofan, zgf",
        "覃丽, qinli, ql",
        "解缙, xiejin, xj",
        "仇英, qiuying, qy",
        "区伟, ouwei, ow",
        "朴树, piaoshu, ps",
        "万俟卨, moqixie, mqx",
        "尉迟恭, yuchigong, ycg",
        "单长春, shanchangchun, scc",
        "王重阳, wangchongyang, wcy"
    })
    void personNamesReadTheSurname(String name, String full, String initials) {
        assertThat(PinyinKeys.personName(name)).isEqualTo(full);
        assertThat(PinyinKeys.personNameInitials(name)).isEqualTo(initials);
    }

    @Test
    void surnameReadingAppliesOnlyToPersonNames() {
        assertThat(PinyinKeys.full("单位")).isEqualTo("danwei");
        assertThat(PinyinKeys.full("曾经")).isEqualTo("cengjing");
        assertThat(PinyinKeys.personName(" 曾经")).isEqualTo("zengjing");
    }

    @Test
    void latinLettersAndDigitsAreKeptInLowerCase() {
        assertThat(PinyinKeys.full("ABC华为123")).isEqualTo("abchuawei123");
        assertThat(PinyinKeys.initials("ABC华为123")).isEqualTo("abchw123");
        assertThat(PinyinKeys.full("ＡＢＣ华为１２３")).isEqualTo("abchuawei123");
        assertThat(PinyinKeys.personName("Li Lei")).isEqualTo("lilei");
    }

    @Test
    void punctuationSpacesAndMarkupAreDropped() {
        assertThat(PinyinKeys.full("华为（深圳）有限公司")).isEqualTo("huaweishenzhenyouxiangongsi");
        assertThat(PinyinKeys.full("<b>华 为</b>, 公司!")).isEqualTo("bhuaweibgongsi");
        assertThat(PinyinKeys.initials("重庆·百货")).isEqualTo("cqbh");
    }

    @Test
    void umlautIsWrittenV() {
        assertThat(PinyinKeys.full("吕女士")).isEqualTo("lvnvshi");
    }

    @Test
    void nothingGivesEmptyKeys() {
        assertThat(PinyinKeys.full(null)).isEmpty();
        assertThat(PinyinKeys.full("")).isEmpty();
        assertThat(PinyinKeys.initials(null)).isEmpty();
        assertThat(PinyinKeys.initials("（）— ")).isEmpty();
        assertThat(PinyinKeys.personName(null)).isEmpty();
        assertThat(PinyinKeys.personNameInitials("")).isEmpty();
    }

    @Test
    void charactersOutsideTheBmpAreReadWhole() {
        // 𠀀 (U+20000) is hē in the library's dictionary; the library itself would see two halves
        assertThat(PinyinKeys.full("𠀀华为")).isEqualTo("hehuawei");
        assertThat(PinyinKeys.initials("华𠀀为")).isEqualTo("hhw");
    }

    @Test
    void characterWithoutAnyReadingIsDropped() {
        // U+2EBF0 (CJK extension I, Unicode 15.1) is newer than the library's dictionary
        assertThat(PinyinKeys.full("华" + Character.toString(0x2EBF0) + "为")).isEqualTo("huawei");
    }

    @Test
    void concurrentCallersGetTheSameKeys() {
        List<String> names = List.of("重庆银行", "长沙银行", "厦门国际银行", "蚌埠宏达商贸有限公司");
        List<String> expected = names.stream().map(PinyinKeys::full).toList();
        assertThat(IntStream.range(0, 4_000).parallel()
                .allMatch(i -> PinyinKeys.full(names.get(i % 4)).equals(expected.get(i % 4)))).isTrue();
    }

    @Test
    void hundredThousandNamesTakeUnderTenSeconds() {
        PinyinKeys.full("预热");
        long start = System.nanoTime();
        int length = 0;
        for (int i = 0; i < 100_000; i++) {
            length += PinyinKeys.full("重庆宏达商贸有限公司" + i).length();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("PinyinKeys: 100,000 names to full pinyin in " + millis + " ms");
        assertThat(length).isGreaterThan(100_000 * "chongqinghongdashangmaoyouxiangongsi".length());
        assertThat(millis).isLessThan(10_000);
    }
}
