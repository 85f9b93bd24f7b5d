package com.keyaccount.portal.security;

import com.keyaccount.portal.base.BusinessException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The password strength rule: at least 8 characters, at least three of the four kinds (lower case, upper
 * case, digit, symbol), and not containing the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Throws a {@link BusinessException} on the {@code password} field naming what the password lacks. */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw BusinessException.onField("password", "password.tooShort", MIN_LENGTH);
        }
        // bcrypt reads at most 72 bytes: a longer (e.g. Chinese) password would be cut or refused by the encoder.
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw BusinessException.onField("password", "password.tooLong", MAX_LENGTH);
        }
        if (characterKinds(password) < 3) {
            throw BusinessException.onField("password", "password.tooSimple");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw BusinessException.onField("password", "password.containsUsername");
        }
    }

    static int characterKinds(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean symbol = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
