package com.keyaccount.portal.customer;

import com.github.houbb.pinyin.bs.PinyinBs;
import com.github.houbb.pinyin.support.style.PinyinToneStyles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Pinyin search keys of customer names for the 客户一览表 search (000 客户名册; issue 13: "{@code hw} and
 * {@code huawei} find 华为, with polyphones right"). {@link #full(String)} gives the toneless pinyin
 * ({@code 重庆百货 → chongqingbaihuo}), {@link #initials(String)} the first letter of each syllable
 * ({@code cqbh}); latin letters and digits are kept in lower case (full-width ones too), everything else is dropped.
 * ü is written {@code v} ({@code 绿地 → lvdi}), as pinyin keyboards type it.
 *
 * <p>Readings come, in this order, from {@code /pinyin/phrases.txt} (place names and business words such as 银行,
 * 行长, 长治 that houbb pinyin 0.4.0 gets wrong or that must never regress), then houbb pinyin with its phrase
 * segmentation, then for characters outside the BMP (which the library reads as two halves) the first reading of
 * the library's own character dictionary. {@link #personName(String)} first reads a surname from
 * {@code /pinyin/surnames.txt} (单 shan, 曾 zeng, 覃 qin, 解 xie, 仇 qiu, 区 ou, compound 万俟 moqi …).
 *
 * <p>Thread-safe: the converter and the dictionaries are built once, when the class loads (about 1 s), and only
 * read afterwards. Measured on the 2-core build machine while other builds ran (load 4.6): 100,000 short company
 * names (重庆宏达商贸有限公司 + a number) to {@link #full} pinyin in 2.7 s, well under the 10 s budget
 * ({@code PinyinKeysTest.hundredThousandNamesTakeUnderTenSeconds} asserts it and prints the figure).
 */
public final class PinyinKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SYLLABLE = Pattern.compile("[a-z]+");
    private static final PinyinBs PINYIN = PinyinBs.newInstance()
            .style(PinyinToneStyles.normal())
            .connector(" ")
            .init();
    private static final Map<String, String[]> PHRASES = readings("/pinyin/phrases.txt");
    private static final Map<String, String[]> SURNAMES = readings("/pinyin/surnames.txt");
    private static final int LONGEST_PHRASE = longest(PHRASES);
    private static final int LONGEST_SURNAME = longest(SURNAMES);
    private static final Map<Integer, String> SUPPLEMENTARY = supplementaryReadings();

    private PinyinKeys() {
    }

    /** Toneless pinyin without spaces, e.g. 华为 → {@code huawei}, {@code ABC华为123 → abchuawei123}; "" for null. */
    public static String full(String text) {
        return String.join("", syllables(text, false));
    }

    /** First letter of each syllable, letters and digits kept, e.g. 重庆百货 → {@code cqbh}; "" for null. */
    public static String initials(String text) {
        return initialsOf(syllables(text, false));
    }

    /** {@link #full(String)} of a person's name whose first character(s) are read as a surname: 单田芳 → shantianfang. */
    public static String personName(String name) {
        return String.join("", syllables(name, true));
    }

    /** {@link #initials(String)} of a person's name with the surname reading: 曾国藩 → {@code zgf}. */
    public static String personNameInitials(String name) {
        return initialsOf(syllables(name, true));
    }

    private static String initialsOf(List<String> syllables) {
        StringBuilder initials = new StringBuilder(syllables.size());
        syllables.forEach(syllable -> initials.append(syllable.charAt(0)));
        return initials.toString();
    }

    /** Syllables of the Chinese characters, and each latin letter or digit as a syllable of its own. */
    private static List<String> syllables(String text, boolean surnameFirst) {
        List<String> syllables = new ArrayList<>();
        if (text == null) {
            return syllables;
        }
        int[] codePoints = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .codePoints().toArray();
        int start = surnameFirst ? readSurname(codePoints, syllables) : 0;
        int runStart = -1;
        for (int i = start; i <= codePoints.length; i++) {
            boolean han = i < codePoints.length && isHan(codePoints[i]);
            if (han && runStart < 0) {
                runStart = i;
            } else if (!han && runStart >= 0) {
                readHan(codePoints, runStart, i, syllables);
                runStart = -1;
            }
            if (i < codePoints.length && (codePoints[i] >= 'a' && codePoints[i] <= 'z'
                    || codePoints[i] >= '0' && codePoints[i] <= '9')) {
                syllables.add(Character.toString(codePoints[i]));
            }
        }
        return syllables;
    }

    private static int readSurname(int[] codePoints, List<String> syllables) {
        for (int length = Math.min(LONGEST_SURNAME, codePoints.length); length > 0; length--) {
            String[] reading = SURNAMES.get(new String(codePoints, 0, length));
            if (reading != null) {
                syllables.addAll(List.of(reading));
                return length;
            }
        }
        return 0;
    }

    /** Chinese characters [from, to): own phrases first, the library for the stretches between them. */
    private static void readHan(int[] codePoints, int from, int to, List<String> syllables) {
        int stretch = from;
        int i = from;
        while (i < to) {
            int length = phraseAt(codePoints, i, to);
            if (length == 0) {
                i++;
                continue;
            }
            readWithLibrary(codePoints, stretch, i, syllables);
            syllables.addAll(List.of(PHRASES.get(new String(codePoints, i, length))));
            i += length;
            stretch = i;
        }
        readWithLibrary(codePoints, stretch, to, syllables);
    }

    private static int phraseAt(int[] codePoints, int at, int to) {
        for (int length = Math.min(LONGEST_PHRASE, to - at); length > 1; length--) {
            if (PHRASES.containsKey(new String(codePoints, at, length))) {
                return length;
            }
        }
        return 0;
    }

    /** The library reads UTF-16 units: hand it runs of BMP characters, read the others from its dictionary. */
    private static void readWithLibrary(int[] codePoints, int from, int to, List<String> syllables) {
        int bmpStart = from;
        for (int i = from; i <= to; i++) {
            if (i < to && Character.isBmpCodePoint(codePoints[i])) {
                continue;
            }
            if (i > bmpStart) {
                for (String token : PINYIN.toPinyin(new String(codePoints, bmpStart, i - bmpStart)).split(" ")) {
                    addSyllable(plain(token), syllables);
                }
            }
            if (i < to) {
                addSyllable(SUPPLEMENTARY.get(codePoints[i]), syllables);
            }
            bmpStart = i + 1;
        }
    }

    private static void addSyllable(String syllable, List<String> syllables) {
        if (syllable != null && SYLLABLE.matcher(syllable).matches()) {
            syllables.add(syllable);
        }
    }

    /** A library syllable without tone marks, ü as v. */
    private static String plain(String syllable) {
        String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD).replace("u\u0308", "v");
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static Map<String, String[]> readings(String resource) {
        Map<String, String[]> readings = new HashMap<>();
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String word = line.substring(0, colon).strip();
            String[] syllables = line.substring(colon + 1).strip().split(" +");
            if (syllables.length != word.codePointCount(0, word.length())) {
                throw new IllegalStateException(resource + ": one syllable per character expected in " + line);
            }
            readings.put(word, syllables);
        }
        return Map.copyOf(readings);
    }

    private static int longest(Map<String, String[]> readings) {
        return readings.values().stream().mapToInt(syllables -> syllables.length).max().orElse(0);
    }

    /** First reading of each non-BMP character in the library's character dictionary ("字:reading,reading"). */
    private static Map<Integer, String> supplementaryReadings() {
        Map<Integer, String> readings = new HashMap<>();
        for (String line : lines("/pinyin_dict_char.txt")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.codePointCount(0, colon) == 1 && !Character.isBmpCodePoint(line.codePointAt(0))) {
                String first = line.substring(colon + 1).split(",")[0].strip();
                readings.put(line.codePointAt(0), plain(first));
            }
        }
        return Map.copyOf(readings);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = PinyinKeys.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing pinyin resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
