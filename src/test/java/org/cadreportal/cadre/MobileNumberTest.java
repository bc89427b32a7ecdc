package org.cadreportal.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobileNumberTest {

    @Test
    void aMainlandMobileIsElevenDigitsStartingWithOneAndANetworkDigit() {
        assertThat(MobileNumber.valid("13812345678")).isTrue();
        assertThat(MobileNumber.valid("19912345678")).isTrue();
        assertThat(MobileNumber.valid("12812345678")).isFalse();
        assertThat(MobileNumber.valid("1381234567")).isFalse();
        assertThat(MobileNumber.valid("138123456789")).isFalse();
        assertThat(MobileNumber.valid("0571-8888888")).isFalse();
        assertThat(MobileNumber.valid(null)).isFalse();
    }

    @Test
    void typedNumbersLoseSpacesDashesAndTheCountryCode() {
        assertThat(MobileNumber.normalise(" +86 138-1234-5678 ")).isEqualTo("13812345678");
        assertThat(MobileNumber.normalise("  ")).isNull();
    }

    @Test
    void listsShowItMasked() {
        assertThat(MobileNumber.masked("13812345678")).isEqualTo("138****5678");
        assertThat(MobileNumber.masked(null)).isEmpty();
    }
}
