package com.keyaccount.portal.base;

import java.util.Locale;

/**
 * Search text as a SQL {@code LIKE} pattern whose wildcards are escaped, so typing {@code _} or {@code %} finds
 * those characters instead of everything. Queries write {@code like :pattern escape '!'} ({@link #ESCAPE}), which
 * H2, MariaDB and MySQL read alike.
 */
public final class LikePatterns {

    /** The escape character queries declare with {@code escape '!'}. */
    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    /** {@code %text%} in lower case, or null for blank text (meaning "no filter"). */
    public static String contains(String text) {
        String escaped = escapedLowerCase(text);
        return escaped == null ? null : "%" + escaped + "%";
    }

    /** {@code text%} in lower case, or null for blank text. */
    public static String startsWith(String text) {
        String escaped = escapedLowerCase(text);
        return escaped == null ? null : escaped + "%";
    }

    /** The trimmed, lower-case text with {@code !}, {@code %} and {@code _} escaped, or null when blank. */
    public static String escapedLowerCase(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        StringBuilder escaped = new StringBuilder(trimmed.length() + 4);
        for (char c : trimmed.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
