package org.cadreportal.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GB 11643: the check character, and the birth date and sex the number encodes against the profile's. */
class IdentityNumberTest {

    private static final LocalDate BORN = LocalDate.of(1949, 12, 31);

    @Test
    void theStandardsOwnExampleIsValid() {
        // GB 11643-1999, appendix: 11010519491231002X is a woman born on 1949-12-31.
        assertThat(IdentityNumber.problem("11010519491231002X", BORN, Gender.FEMALE)).isEmpty();
        assertThat(IdentityNumber.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(IdentityNumber.gender("11010519491231002X")).isEqualTo(Gender.FEMALE);
        assertThat(IdentityNumber.birthDate("11010519491231002X")).contains(BORN);
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(IdentityNumber.problem("110105194912310021", BORN, Gender.FEMALE))
                .contains("cadre.error.idNumberCheck");
    }

    @Test
    void aBirthDateOrSexOtherThanTheProfilesIsRefused() {
        assertThat(IdentityNumber.problem("11010519491231002X", BORN.plusDays(1), Gender.FEMALE))
                .contains("cadre.error.idNumberBirth");
        assertThat(IdentityNumber.problem("11010519491231002X", BORN, Gender.MALE))
                .contains("cadre.error.idNumberGender");
    }

    @Test
    void badShapesAndImpossibleDatesAreFormatErrors() {
        assertThat(IdentityNumber.problem("1101051949123100", BORN, null)).contains("cadre.error.idNumberFormat");
        assertThat(IdentityNumber.problem("11010519491231002Y", BORN, null)).contains("cadre.error.idNumberFormat");
        String feb30 = "110105" + "19490230" + "002";
        assertThat(IdentityNumber.problem(feb30 + IdentityNumber.checkChar(feb30), null, null))
                .contains("cadre.error.idNumberFormat");
        assertThat(IdentityNumber.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void numbersMadeForTheDemoAreValidForTheirBirthAndSex() {
        LocalDate born = LocalDate.of(1975, 6, 3);
        assertThat(IdentityNumber.problem(IdentityNumber.of("421121", born, 117), born, Gender.MALE)).isEmpty();
        assertThat(IdentityNumber.problem(IdentityNumber.of("421121", born, 118), born, Gender.FEMALE)).isEmpty();
    }

    @Test
    void resumeLinesAreCheckedOneByOne() {
        assertThat(Resume.firstBadLine("1995.07--1998.08  东安县财政局科员\n1998.09--  东安县财政局副局长")).isEmpty();
        assertThat(Resume.firstBadLine(Resume.line(java.time.YearMonth.of(2019, 6), null, "东安县委书记"))).isEmpty();
        assertThat(Resume.firstBadLine("1995.07--1998.08  甲\n            （其间：在职学习）")).isEmpty();
        assertThat(Resume.firstBadLine("1995.07--1998.08  甲\n\n1998.13--2001.01  乙")).contains(3);
        assertThat(Resume.firstBadLine("1999.07--1998.08  倒序")).contains(1);
        assertThat(Resume.firstBadLine("1995年7月 参加工作")).contains(1);
        assertThat(Resume.firstBadLine("1995.07--1998.08")).contains(1);
    }
}
