package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadreportal.base.YearlyNumbers;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Official numbers start again at 1 each year (the outside tester's first 上 of 2026 was 上〔2026〕050, the
 * one counter having run on from 2025), never twice, and continue after what the year's records carry.
 */
class YearlyNumbersIT extends LiveTest {

    @Autowired
    YearlyNumbers numbers;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheTestYears() {
        jdbc.update("delete from yearly_numbers where prefix like '%〔203_〕'");
    }

    private String next(String prefix) {
        return tx.execute(status -> numbers.next(prefix, 3, "adjustment_cases", "case_no"));
    }

    @Test
    void aNewYearStartsAtOneAndANumberNotSavedIsGivenBack() {
        assertThat(next("上〔2031〕")).isEqualTo("上〔2031〕001");
        assertThat(next("上〔2031〕")).isEqualTo("上〔2031〕002");
        assertThat(next("下〔2031〕")).as("each series counts on its own").isEqualTo("下〔2031〕001");
        String notSaved = tx.execute(status -> {
            status.setRollbackOnly();
            return numbers.next("上〔2031〕", 3, "adjustment_cases", "case_no");
        });
        assertThat(notSaved).isEqualTo("上〔2031〕003");
        assertThat(next("上〔2031〕")).isEqualTo("上〔2031〕003");
    }

    @Test
    void aYearsFirstNumberFollowsTheHighestItsRecordsCarry() {
        List<String> given = jdbc.queryForList("select case_no from adjustment_cases where case_no like '上〔2026〕%'",
                String.class);
        int highest = given.stream().mapToInt(n -> Integer.parseInt(n.substring("上〔2026〕".length()))).max()
                .orElse(0);
        assertThat(highest).as("the demo city has 上 cases this year").isPositive();
        String next = tx.execute(status -> {
            status.setRollbackOnly();
            return numbers.next("上〔2026〕", 3, "adjustment_cases", "case_no");
        });
        assertThat(next).isEqualTo("上〔2026〕" + String.format("%03d", highest + 1));
    }

    @Test
    void clerksNumberingTheYearsFirstRecordsAtOnceNeverShareOneNorDeadlock() throws Exception {
        for (int year = 2032; year <= 2036; year++) {
            String prefix = "查诬〔" + year + "〕";
            List<Object> got = Race.run(List.of(() -> next(prefix), () -> next(prefix), () -> next(prefix)));
            assertThat(got).containsExactlyInAnyOrder(prefix + "001", prefix + "002", prefix + "003");
        }
    }
}
