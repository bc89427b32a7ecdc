package org.cadreportal.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cadreportal.base.PortalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP ASVS 2.1: length, not composition; common and guessable passwords refused. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "alllowercaseletters", "我的密码是一句很长的话呀", "Portal-Demo-2025",
            "1a2b3c4d5e6f"})
    void longPasswordsPassWithoutAnyMixOfCharacterKinds(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, "wangmin")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abc12345", "short1!", "elevenchars"})
    void fewerThanTwelveCharactersAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "wangmin")).isInstanceOf(PortalException.class)
                .extracting(e -> ((PortalException) e).messageKey()).isEqualTo("validation.password");
    }

    @Test
    void moreThanSixtyFourCharactersOrSeventyTwoBytesAreRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(65), null)).isInstanceOf(PortalException.class);
        // 25 CJK characters are 75 bytes: BCrypt would silently ignore the end.
        assertThatThrownBy(() -> PasswordPolicy.check("组".repeat(13) + "织部干部工作门户系统密码安全", null))
                .isInstanceOf(PortalException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiop123", "1q2w3e4r5t6y", "Password2025!", "P@ssword12345", "woaini131452",
            "111111111111", "abababababab", "Baseball123456"})
    void commonPasswordsAndCommonOnesWithDigitsAroundAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "wangmin"))
                .extracting(e -> ((PortalException) e).messageKey()).isEqualTo("validation.password.common");
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("my-wangmin-portal", "WangMin"))
                .extracting(e -> ((PortalException) e).messageKey()).isEqualTo("validation.password.username");
    }
}
