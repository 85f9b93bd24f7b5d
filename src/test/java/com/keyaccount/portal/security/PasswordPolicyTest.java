package com.keyaccount.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.keyaccount.portal.base.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsLongPasswordWithThreeKindsOfCharacters() {
        assertThatCode(() -> PasswordPolicy.check("zhangwei", "Portal@2026")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("zhangwei", "spring-2026x")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortPasswordNamingTheMinimum() {
        BusinessException error = refusal("zhangwei", "Ab1@");
        assertThat(error.messageKey()).isEqualTo("password.tooShort");
        assertThat(error.arguments()).containsExactly(PasswordPolicy.MIN_LENGTH);
        assertThat(error.field()).contains("password");
    }

    @Test
    void refusesPasswordWithOnlyTwoKindsOfCharacters() {
        assertThat(refusal("zhangwei", "abcdefgh12").messageKey()).isEqualTo("password.tooSimple");
    }

    @Test
    void refusesPasswordContainingTheUsernameInAnyCase() {
        assertThat(refusal("zhangwei", "ZhangWei#2026").messageKey()).isEqualTo("password.containsUsername");
    }

    @Test
    void refusesOverlongPassword() {
        assertThat(refusal("zhangwei", "Aa1@".repeat(20)).messageKey()).isEqualTo("password.tooLong");
    }

    @Test
    void refusesPasswordsLongerThanBcryptReads() {
        assertThat(refusal("zhangwei", "密码".repeat(12) + "Aa1@").messageKey()).isEqualTo("password.tooLong");
        assertThatCode(() -> PasswordPolicy.check("zhangwei", "我的密码Aa1@")).doesNotThrowAnyException();
    }

    @Test
    void countsCharacterKinds() {
        assertThat(PasswordPolicy.characterKinds("abc")).isEqualTo(1);
        assertThat(PasswordPolicy.characterKinds("aB3")).isEqualTo(3);
        assertThat(PasswordPolicy.characterKinds("aB3#")).isEqualTo(4);
    }

    private static BusinessException refusal(String username, String password) {
        return catchThrowableOfType(BusinessException.class, () -> PasswordPolicy.check(username, password));
    }
}
