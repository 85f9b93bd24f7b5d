package com.keyaccount.portal.customer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 统一社会信用代码 (unified social credit code), a field of the archive's basic data (000 客户名册, 004 客户档案卡
 * 基本资料), checked per GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》: 18 characters from
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, Z, S, V); character 1 the registration authority, 2 the
 * category within that authority, 3–8 the 行政区划码 (GB/T 2260), 9–17 the 主体标识码, 18 the check character
 * {@code C18 = charset[(31 - Σ(value(Ci) × 3^(i-1) mod 31) mod 31) mod 31]}.
 *
 * <p>Authorities and categories follow the standard's table with the authorities allocated since (2 外交, 3 司法行政,
 * 4 文化, 6 旅游, 7 宗教, 8 工会, A 中央军委改革和编制办公室, N 农业); the 2015 text lists only 1 机构编制, 5 民政,
 * 9 工商 and Y 其他, but real law firms (31…), trade unions (81…) and rural collectives (N…) carry the later ones,
 * and lawyers are one of the special customer natures. The region is accepted when its first two digits are a
 * province-level code (GB/T 2260) or it is {@code 100000} (registered at national level).
 */
public final class CreditCode {

    /** The code's length. */
    public static final int LENGTH = 18;

    /** The 31 characters a code is written in, in value order. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Registration authority (1st character) → the categories (2nd character) it issues. */
    private static final Map<Character, String> CATEGORIES = Map.ofEntries(
            Map.entry('1', "1239"), // 机构编制: 机关, 事业单位, 中央编办管理的群众团体, 其他
            Map.entry('2', "19"), // 外交: 外国常驻新闻机构, 其他
            Map.entry('3', "123459"), // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
            Map.entry('4', "19"), // 文化: 外国在华文化中心, 其他
            Map.entry('5', "1239"), // 民政: 社会团体, 民办非企业单位, 基金会, 其他
            Map.entry('6', "129"), // 旅游: 外国及港澳台旅游部门常驻代表机构, 其他
            Map.entry('7', "129"), // 宗教: 宗教活动场所, 宗教院校, 其他
            Map.entry('8', "19"), // 工会: 基层工会, 其他
            Map.entry('9', "123"), // 工商: 企业, 个体工商户, 农民专业合作社
            Map.entry('A', "19"), // 中央军委改革和编制办公室: 军队事业单位, 其他
            Map.entry('N', "1239"), // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
            Map.entry('Y', "1")); // 其他

    /** Province-level divisions of GB/T 2260 (first two digits of the region). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");

    /** The region of organisations registered at national level. */
    private static final String NATIONAL_REGION = "100000";

    /** What is wrong with a code, most basic first, so the form can say precisely what to correct. */
    public enum Problem {
        NONE(null),
        LENGTH("customer.creditCode.length"),
        CHARACTER("customer.creditCode.character"),
        AUTHORITY("customer.creditCode.authority"),
        REGION("customer.creditCode.region"),
        CHECK_CHARACTER("customer.creditCode.checkCharacter");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The i18n key of the message for this problem; empty for {@link #NONE}. */
        public Optional<String> messageKey() {
            return Optional.ofNullable(messageKey);
        }
    }

    private CreditCode() {
    }

    /**
     * The code as typed, made comparable: full-width characters to half-width (NFKC), all whitespace removed,
     * upper case. Empty for null or blank input (the code is optional for individuals and foreign firms).
     * The result is not checked: pass it to {@link #check(String)}.
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String halfWidth = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder code = new StringBuilder(halfWidth.length());
        halfWidth.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(code::appendCodePoint);
        return code.isEmpty() ? Optional.empty() : Optional.of(code.toString().toUpperCase(Locale.ROOT));
    }

    /** The first problem of a normalized code, or {@link Problem#NONE}; null counts as a wrong length. */
    public static Problem check(String code) {
        if (code == null || code.length() != LENGTH) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Problem.CHARACTER;
            }
        }
        String categories = CATEGORIES.get(code.charAt(0));
        if (categories == null || categories.indexOf(code.charAt(1)) < 0) {
            return Problem.AUTHORITY;
        }
        String region = code.substring(2, 8);
        if (!region.chars().allMatch(c -> c >= '0' && c <= '9')
                || !(PROVINCES.contains(region.substring(0, 2)) || region.equals(NATIONAL_REGION))) {
            return Problem.REGION;
        }
        if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return Problem.CHECK_CHARACTER;
        }
        return Problem.NONE;
    }

    /** Whether a normalized code has no {@link Problem}. */
    public static boolean isValid(String code) {
        return check(code) == Problem.NONE;
    }

    /**
     * The check character (18th) of the first 17 characters, GB 32100-2015 §5: weights 3^(i-1) mod 31.
     *
     * @throws IllegalArgumentException unless given exactly 17 characters of the code's charset
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a credit-code character: " + first17.charAt(i));
            }
            sum += value * weight;
            weight = weight * 3 % CHARSET.length();
        }
        return CHARSET.charAt((CHARSET.length() - sum % CHARSET.length()) % CHARSET.length());
    }
}
