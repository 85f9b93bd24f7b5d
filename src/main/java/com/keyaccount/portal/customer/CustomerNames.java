package com.keyaccount.portal.customer;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Customer names compared for the duplicate check on create (000 客户名册管理制度: one archive per customer; issue
 * 13: "a similar name (legal-form words, brackets and full-width characters ignored) warns with links").
 *
 * <p>{@link #normalize(String)} (= {@link #key(String)}, stored as {@code name_key} so candidates are found by an
 * index) applies, in order: NFKC (full-width to half-width), lower case, every character that is not a letter or
 * digit (brackets of all kinds, punctuation, whitespace, symbols) becomes a word break, then legal-form words are
 * removed and the breaks dropped:
 * <ul>
 * <li>Chinese, anywhere in the name: 股份有限公司, 有限责任公司, 有限公司, 集团, 公司 — so 宏达商贸（集团）有限公司
 * and 宏达商贸有限公司 share a key. 分公司 is kept: a branch is a legal entity of its own, and its key still
 * contains the parent's, which {@link #similar} reports.</li>
 * <li>Chinese, only at the end: 厂 and 商行 (宏达纺织厂 became 宏达纺织有限公司). 店 is kept: in 饭店, 酒店, 书店
 * it is part of what the business is.</li>
 * <li>English, as whole words: co, ltd, inc, corp, corporation, company, limited, llc, plc, gmbh.</li>
 * </ul>
 * Place names (北京市, 上海) are not removed: 北京宏达 and 上海宏达 are different companies more often than not,
 * and containment still warns when one name is the other plus a place. A name made only of legal-form words
 * keeps them, so its key is never empty unless it has no letter or digit at all.
 *
 * <p>Lengths count code points, so characters outside the BMP (𠀀) count once and are never split.
 */
public final class CustomerNames {

    /** Containment warns only when the shorter key has at least this many characters (宏达 alone is too common). */
    static final int MIN_CONTAINED_LENGTH = 4;

    /** Keys of at least this many characters are compared by edit distance. */
    static final int MIN_FUZZY_LENGTH = 4;

    /**
     * Levenshtein similarity (1 − distance / longer length) from which two names are similar: one edit in 7+
     * characters, two in 14+; short Chinese names must then match exactly or by containment.
     */
    static final double SIMILARITY_THRESHOLD = 0.85;

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ENGLISH_LEGAL_FORMS = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}])(?:co|ltd|inc|corp|corporation|company|limited|llc|plc|gmbh)(?![\\p{IsLatin}\\p{N}])");
    private static final Pattern CHINESE_LEGAL_FORMS = Pattern.compile("股份有限公司|有限责任公司|有限公司|集团|(?<!分)公司");
    private static final Pattern CHINESE_SUFFIXES = Pattern.compile("(?:厂|商行)+$");
    private static final Pattern SPACES = Pattern.compile(" +");

    private CustomerNames() {
    }

    /** The name reduced to what tells customers apart; "" for null or a name without letters and digits. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String words = NOT_LETTER_OR_DIGIT
                .matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ");
        String withoutForms = ENGLISH_LEGAL_FORMS.matcher(words).replaceAll(" ");
        withoutForms = CHINESE_LEGAL_FORMS.matcher(withoutForms).replaceAll(" ");
        String key = CHINESE_SUFFIXES.matcher(SPACES.matcher(withoutForms).replaceAll("")).replaceAll("");
        return key.isEmpty() ? SPACES.matcher(words).replaceAll("") : key;
    }

    /** The key the archive stores as {@code name_key}: the {@link #normalize(String) normalized} name. */
    public static String key(String name) {
        return normalize(name);
    }

    /**
     * Whether two names probably mean the same customer: equal keys; or one key contains the other and the
     * shorter has at least {@value #MIN_CONTAINED_LENGTH} characters; or both have at least
     * {@value #MIN_FUZZY_LENGTH} characters and a Levenshtein similarity of at least {@value #SIMILARITY_THRESHOLD}.
     * Names without a key are similar to nothing.
     */
    public static boolean similar(String a, String b) {
        String first = normalize(a);
        String second = normalize(b);
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        if (first.equals(second)) {
            return true;
        }
        int[] one = first.codePoints().toArray();
        int[] other = second.codePoints().toArray();
        int shorter = Math.min(one.length, other.length);
        int longer = Math.max(one.length, other.length);
        // whole strings of whole code points: containment never matches half a surrogate pair
        if (shorter >= MIN_CONTAINED_LENGTH && (first.contains(second) || second.contains(first))) {
            return true;
        }
        return shorter >= MIN_FUZZY_LENGTH && 1.0 - (double) levenshtein(one, other) / longer >= SIMILARITY_THRESHOLD;
    }

    /** Edit distance over code points, two rows of memory. */
    static int levenshtein(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /** The first and last code point whose pairs are {@link #nameTokens name tokens}: CJK Unified Ideographs. */
    private static final int FIRST_IDEOGRAPH = 0x4E00;
    private static final int LAST_IDEOGRAPH = 0x9FFF;
    private static final Set<String> LEGAL_FORM_TOKENS = Set.of("股份", "份有", "有限", "限责", "责任", "任公", "限公",
            "公司", "集团");

    /**
     * The name's tokens for the 客户一览表's search by a Chinese fragment (stored in {@code customer_name_token},
     * V3_8_7): after NFKC, every pair of adjacent CJK Unified Ideographs (U+4E00–U+9FFF) — 长沙宏达商贸 gives 长沙,
     * 沙宏, 宏达, 达商, 商贸. A fragment contained in a name has its own tokens among the name's, so the tokens find
     * the candidates and LIKE confirms them. Other characters (latin, digits, ideographs outside the block, outside
     * the BMP) make no tokens: the search falls back to scanning names for fragments without a token.
     */
    public static Set<String> nameTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text == null) {
            return tokens;
        }
        int[] points = Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            if (isIdeograph(points[i]) && isIdeograph(points[i + 1])) {
                tokens.add(new String(points, i, 2));
            }
        }
        return tokens;
    }

    /**
     * The tokens a search by {@code text} looks up: its {@link #nameTokens} without those of the Chinese legal-form
     * words (有限公司, 股份, 集团 …), which nearly every name holds: they select nothing and would read most of the
     * token table. A text left without a token is searched by scanning the names.
     */
    public static Set<String> searchTokens(String text) {
        Set<String> tokens = nameTokens(text);
        tokens.removeAll(LEGAL_FORM_TOKENS);
        return tokens;
    }

    private static boolean isIdeograph(int codePoint) {
        return codePoint >= FIRST_IDEOGRAPH && codePoint <= LAST_IDEOGRAPH;
    }
}
