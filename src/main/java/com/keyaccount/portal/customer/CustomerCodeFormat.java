package com.keyaccount.portal.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of the 大客户代码 (customer code) assigned when a customer is accepted (000 大客户开发选择制度 第十一条
 * 设定大客户代码: "为新大客户设定代码，进行有关登记"). The regulation gives no format, so an administrator sets a pattern of literal text
 * ({@code A–Z}, {@code 0–9}, {@code -}) and the tokens {@code {yyyy}} (year), {@code {yy}} (two-digit year),
 * {@code {region}} (the customer's region code) and exactly one {@code {seq:N}} (the sequence, zero-padded to N
 * digits, 3 ≤ N ≤ 9); the default {@value #DEFAULT_PATTERN} gives {@code KA202600001}.
 *
 * <p>Each code draws its number from the counter named by {@link #sequenceKey}: the pattern expanded without its
 * sequence, so a yearly pattern restarts every year and a regional one counts per region. After a pattern change
 * two keys may still produce one code ({@code KA2026{seq:5}} and {@code KA{seq:9}}), so uniqueness rests on the
 * code's unique constraint, not on this class.
 */
public final class CustomerCodeFormat {

    /** The pattern used until an administrator sets another. */
    public static final String DEFAULT_PATTERN = "KA{yyyy}{seq:5}";

    /** Message key of an invalid pattern (the {@link IllegalArgumentException}'s message). */
    public static final String INVALID = "customer.codeFormat.invalid";

    /** Message key of a missing or unusable region code in a pattern that uses {@code {region}}. */
    public static final String REGION = "customer.codeFormat.region";

    /** Message key of a sequence that no longer fits its digits (the {@link IllegalStateException}'s message). */
    public static final String EXHAUSTED = "customer.codeFormat.exhausted";

    /** Longest pattern accepted, so codes fit their column with a region code in them. */
    static final int MAX_PATTERN_LENGTH = 32;

    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::([0-9]+))?}");
    private static final Pattern LITERAL = Pattern.compile("[A-Z0-9-]*");
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    private static final int MIN_DIGITS = 3;
    private static final int MAX_DIGITS = 9;

    private sealed interface Part permits Literal, Year, ShortYear, RegionCode, Sequence {
    }

    private record Literal(String text) implements Part {
    }

    private record Year() implements Part {
    }

    private record ShortYear() implements Part {
    }

    private record RegionCode() implements Part {
    }

    private record Sequence(int digits) implements Part {
    }

    private final String pattern;
    private final List<Part> parts;
    private final int digits;

    /**
     * @throws IllegalArgumentException with message {@value #INVALID} unless the pattern has exactly one
     *     {@code {seq:N}} with 3 ≤ N ≤ 9, only known tokens, only {@code A–Z 0–9 -} between them and at most 32
     *     characters
     */
    public CustomerCodeFormat(String pattern) {
        if (pattern == null || pattern.isEmpty() || pattern.length() > MAX_PATTERN_LENGTH) {
            throw new IllegalArgumentException(INVALID);
        }
        List<Part> found = new ArrayList<>();
        Matcher token = TOKEN.matcher(pattern);
        int end = 0;
        while (token.find()) {
            addLiteral(pattern.substring(end, token.start()), found);
            found.add(part(token.group(1), token.group(2)));
            end = token.end();
        }
        addLiteral(pattern.substring(end), found);
        List<Sequence> sequences = found.stream()
                .filter(Sequence.class::isInstance).map(Sequence.class::cast).toList();
        if (sequences.size() != 1) {
            throw new IllegalArgumentException(INVALID);
        }
        this.pattern = pattern;
        this.parts = List.copyOf(found);
        this.digits = sequences.getFirst().digits();
    }

    private static void addLiteral(String text, List<Part> parts) {
        if (!LITERAL.matcher(text).matches()) {
            throw new IllegalArgumentException(INVALID);
        }
        if (!text.isEmpty()) {
            parts.add(new Literal(text));
        }
    }

    private static Part part(String name, String digits) {
        Part part = switch (name) {
            case "yyyy" -> digits == null ? new Year() : null;
            case "yy" -> digits == null ? new ShortYear() : null;
            case "region" -> digits == null ? new RegionCode() : null;
            case "seq" -> digits != null && digits.length() == 1
                    && Integer.parseInt(digits) >= MIN_DIGITS && Integer.parseInt(digits) <= MAX_DIGITS
                    ? new Sequence(Integer.parseInt(digits)) : null;
            default -> null;
        };
        if (part == null) {
            throw new IllegalArgumentException(INVALID);
        }
        return part;
    }

    /** The pattern as the administrator wrote it. */
    public String pattern() {
        return pattern;
    }

    /** Digits of the sequence. */
    public int digits() {
        return digits;
    }

    /** Whether codes need the customer's region code. */
    public boolean usesRegion() {
        return parts.stream().anyMatch(RegionCode.class::isInstance);
    }

    /**
     * The name of the counter a code assigned today draws from: the pattern expanded without its sequence
     * ({@code KA{yyyy}{seq:5}} → {@code KA2026}).
     *
     * @throws IllegalArgumentException with message {@value #REGION} when the pattern uses the region and the region
     *     code is blank, holds characters other than latin letters, digits and {@code -}, or starts with {@code -}
     */
    public String sequenceKey(LocalDate today, String regionCode) {
        return expand(today, regionCode, null);
    }

    /**
     * The code for a sequence number drawn from the counter {@link #sequenceKey} names.
     *
     * @throws IllegalArgumentException when the sequence is below 1, or with {@value #REGION} as for
     *     {@link #sequenceKey}
     * @throws IllegalStateException with message {@value #EXHAUSTED} when the sequence has more digits than the
     *     pattern allows
     */
    public String format(LocalDate today, String regionCode, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Sequence numbers start at 1: " + sequence);
        }
        String number = Long.toString(sequence);
        if (number.length() > digits) {
            throw new IllegalStateException(EXHAUSTED);
        }
        return expand(today, regionCode, "0".repeat(digits - number.length()) + number);
    }

    private String expand(LocalDate today, String regionCode, String sequence) {
        Objects.requireNonNull(today, "today");
        String region = usesRegion() ? region(regionCode) : "";
        StringBuilder code = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> code.append(literal.text());
                case Year year -> code.append(String.format(Locale.ROOT, "%04d", today.getYear()));
                case ShortYear year -> code.append(String.format(Locale.ROOT, "%02d", today.getYear() % 100));
                case RegionCode regionPart -> code.append(region);
                case Sequence sequencePart -> code.append(sequence == null ? "" : sequence);
            }
        }
        return code.toString();
    }

    private static String region(String regionCode) {
        String region = regionCode == null ? "" : regionCode.strip().toUpperCase(Locale.ROOT);
        if (!REGION_CODE.matcher(region).matches()) {
            throw new IllegalArgumentException(REGION);
        }
        return region;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
