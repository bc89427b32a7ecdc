package org.cadreportal.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading of a 任免审批表 month, for the profile form and the roster import alike. */
class ProfileMonthTest {

    @ParameterizedTest
    @ValueSource(strings = {"2001.07", "2001-07", "2001.7", "200107", "2001/07", "2001年7月", " 2001 . 07 ",
            "2001-07-01", "2001.07.15"})
    void readsTheWaysAMonthIsWritten(String text) {
        assertThat(ProfileMonth.parse(text)).isEqualTo(YearMonth.of(2001, 7));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingTypedIsNoMonth(String text) {
        assertThat(ProfileMonth.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"July 2001", "01.2001", "2001.13", "2001.07x"})
    void refusesWhatIsNotAMonth(String text) {
        assertThatThrownBy(() -> ProfileMonth.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001.07"})
    void writesAsTheFormDoes(String expected) {
        assertThat(ProfileMonth.format(YearMonth.of(2001, 7))).isEqualTo(expected);
        assertThat(ProfileMonth.format(null)).isEmpty();
    }
}
